<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Free plan (no valid licence). %1</source>
        <translation>Offre Free (pas de licence valide). %1</translation>
    </message>
    <message>
        <source>%1 plan, licensed to %2 until %3</source>
        <translation>Offre %1, sous licence pour %2 jusqu&apos;au %3</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Costline %1&lt;/h3&gt;&lt;p&gt;Where the AI money went: usage and billing of AI providers and gateways in one local workspace, with the reports that settle it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Built with Qt %3 (running on Qt %4).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Costline %1&lt;/h3&gt;&lt;p&gt;Où est passé l&apos;argent de l&apos;IA : l&apos;usage et la facturation des fournisseurs et passerelles d&apos;IA dans un espace de travail local, avec les rapports qui tranchent.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence :&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Compilé avec Qt %3 (exécuté avec Qt %4).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Costline</source>
        <translation>À propos de Costline</translation>
    </message>
    <message>
        <source>Costline user guide</source>
        <translation>Guide d&apos;utilisation de Costline</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Creating a demo workspace to explore…</source>
        <translation>Création d&apos;un espace de travail de démonstration…</translation>
    </message>
    <message>
        <source>Exporting usage events…</source>
        <translation>Export des événements d&apos;usage…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exporting usage events… %1 written</source>
        <translation>Export des événements d&apos;usage… %1 écrits</translation>
    </message>
</context>
<context>
    <name>costline::AllocationRuleDialog</name>
    <message>
        <source>Add allocation rule</source>
        <translation>Ajouter une règle de répartition</translation>
    </message>
    <message>
        <source>A dimension, or label.NAME for a label column of the usage data</source>
        <translation>Une dimension, ou label.NOM pour une colonne de libellé des données d&apos;usage</translation>
    </message>
    <message>
        <source>glob (* and ? match any characters)</source>
        <translation>glob (* et ? remplacent n&apos;importe quels caractères)</translation>
    </message>
    <message>
        <source>regular expression (must match the whole value)</source>
        <translation>expression régulière (doit couvrir toute la valeur)</translation>
    </message>
    <message>
        <source>e.g. search-* or ^(chat|assist)-.*$</source>
        <translation>par ex. search-* ou ^(chat|assist)-.*$</translation>
    </message>
    <message>
        <source>e.g. search, CC-100, assistant</source>
        <translation>par ex. search, CC-100, assistant</translation>
    </message>
    <message>
        <source>1 is checked first; the first rule that matches owns the spend</source>
        <translation>1 est vérifiée en premier ; la première règle qui correspond reçoit la dépense</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Owner kind</source>
        <translation>Type de propriétaire</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>&amp;Field</source>
        <translation>&amp;Champ</translation>
    </message>
    <message>
        <source>&amp;Match</source>
        <translation>&amp;Correspondance</translation>
    </message>
    <message>
        <source>&amp;Pattern</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Propriétaire</translation>
    </message>
    <message>
        <source>P&amp;osition</source>
        <translation>P&amp;osition</translation>
    </message>
    <message>
        <source>The rule is pending until you apply it; the tab previews what it would move.</source>
        <translation>La règle reste en attente jusqu&apos;à ce que vous l&apos;appliquiez ; l&apos;onglet montre ce qu&apos;elle déplacerait.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a dimension nor label.NAME.</source>
        <translation>« %1 » n&apos;est ni une dimension ni label.NOM.</translation>
    </message>
    <message>
        <source>Enter the pattern a value must match.</source>
        <translation>Saisissez le motif auquel une valeur doit correspondre.</translation>
    </message>
    <message>
        <source>The regular expression is not valid: %1.</source>
        <translation>L&apos;expression régulière n&apos;est pas valide : %1.</translation>
    </message>
    <message>
        <source>Name the owner as a kind and a value, e.g. team : search.</source>
        <translation>Indiquez le propriétaire par un type et une valeur, par ex. team : search.</translation>
    </message>
</context>
<context>
    <name>costline::AllocationTab</name>
    <message>
        <source>Apply pending rules</source>
        <translation>Appliquer les règles en attente</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Driver split</source>
        <translation>Répartition par inducteur</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Showback by owner</source>
        <translation>Showback par propriétaire</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rules&lt;/b&gt; (first match wins)</source>
        <translation>&lt;b&gt;Règles&lt;/b&gt; (la première qui correspond l&apos;emporte)</translation>
    </message>
    <message>
        <source>Allocation rules</source>
        <translation>Règles de répartition</translation>
    </message>
    <message>
        <source>Other owners</source>
        <translation>Autres propriétaires</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Non réparti</translation>
    </message>
    <message>
        <source>Spend by owner</source>
        <translation>Dépenses par propriétaire</translation>
    </message>
    <message numerus="yes">
        <source>Total &lt;b&gt;%1&lt;/b&gt; = allocated %2 + unallocated %3 · %n cost pool(s) split by driver</source>
        <translation>
            <numerusform>Total &lt;b&gt;%1&lt;/b&gt; = réparti %2 + non réparti %3 · %n pool de coûts réparti par inducteur</numerusform>
            <numerusform>Total &lt;b&gt;%1&lt;/b&gt; = réparti %2 + non réparti %3 · %n pools de coûts répartis par inducteur</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 = %2 + %3</source>
        <translation>%1 = %2 + %3</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliquée</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2 : %3</translation>
    </message>
    <message>
        <source>unallocated</source>
        <translation>non réparti</translation>
    </message>
    <message>
        <source>No pending rules.</source>
        <translation>Aucune règle en attente.</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n pending rule(s) would move %1 — %2</source>
        <translation>
            <numerusform>Aperçu : %n règle en attente déplacerait %1 — %2</numerusform>
            <numerusform>Aperçu : %n règles en attente déplaceraient %1 — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Every showback and chargeback then gives these costs to their new owners, including reports already sent for these periods if they are run again. To undo, select the rule and choose Remove rule…. Apply them?</source>
        <translation>%1

Chaque showback et chaque refacturation attribue alors ces coûts à leurs nouveaux propriétaires, y compris les rapports déjà envoyés pour ces périodes s&apos;ils sont regénérés. Pour annuler, sélectionnez la règle et choisissez « Supprimer la règle… ». Les appliquer ?</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>Ajouter une règle…</translation>
    </message>
    <message>
        <source>Remove rule…</source>
        <translation>Supprimer la règle…</translation>
    </message>
    <message>
        <source>The rule was not removed: it no longer exists in this workspace.</source>
        <translation>La règle n&apos;a pas été supprimée : elle n&apos;existe plus dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Remove rule %1 (%2 %3 → %4)?

It is applied: the spend it owns goes back to the next rule that matches, or to unallocated, in every showback and chargeback run from now on.</source>
        <translation>Supprimer la règle %1 (%2 %3 → %4) ?

Elle est appliquée : la dépense qui lui revient passe à la règle suivante qui correspond, ou en non réparti, dans chaque showback et chaque refacturation à partir de maintenant.</translation>
    </message>
    <message>
        <source>Remove the pending rule %1 (%2 %3 → %4)?</source>
        <translation>Supprimer la règle en attente %1 (%2 %3 → %4) ?</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Supprimer la règle</translation>
    </message>
</context>
<context>
    <name>costline::BudgetBars</name>
    <message>
        <source>Budgets this period</source>
        <translation>Budgets de la période</translation>
    </message>
    <message>
        <source>Loading budgets…</source>
        <translation>Chargement des budgets…</translation>
    </message>
    <message>
        <source>Budgets this period, as of %1 (UTC)</source>
        <translation>Budgets de la période, au %1 (UTC)</translation>
    </message>
    <message>
        <source>Budgets could not be read: %1</source>
        <translation>Impossible de lire les budgets : %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3) · projected %4</source>
        <translation>%1 sur %2 (%3) · projeté %4</translation>
    </message>
    <message>
        <source>No budgets yet: add one in Settings → Budgets… to see spend against its limit here.</source>
        <translation>Pas encore de budget : ajoutez-en un dans Paramètres → Budgets… pour voir ici les dépenses face à sa limite.</translation>
    </message>
    <message numerus="yes">
        <source>%n more budget(s) in Settings → Budgets…</source>
        <translation>
            <numerusform>%n autre budget dans Paramètres → Budgets…</numerusform>
            <numerusform>%n autres budgets dans Paramètres → Budgets…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 to %3 (UTC)
Spend %4 of %5, soft limit at %6 %
Projected period end: %7</source>
        <translation>%1 · %2 au %3 (UTC)
Dépenses %4 sur %5, limite souple à %6 %
Projection en fin de période : %7</translation>
    </message>
</context>
<context>
    <name>costline::BudgetsDialog</name>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Loading budgets…</source>
        <translation>Chargement des budgets…</translation>
    </message>
    <message>
        <source>empty for all spend, or e.g. team=support, project=search</source>
        <translation>vide pour toutes les dépenses, ou par ex. team=support, project=search</translation>
    </message>
    <message>
        <source>, UTC</source>
        <translation>, UTC</translation>
    </message>
    <message>
        <source>USD, e.g. 900 or 1250.50</source>
        <translation>USD, par ex. 900 ou 1250.50</translation>
    </message>
    <message>
        <source> % of the limit</source>
        <translation> % de la limite</translation>
    </message>
    <message>
        <source>Watch this budget (bars on the Overview, signals)</source>
        <translation>Surveiller ce budget (barres de la vue d&apos;ensemble, signaux)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Soft limit at</source>
        <translation>Limite souple à</translation>
    </message>
    <message>
        <source>Add as new budget</source>
        <translation>Ajouter comme nouveau budget</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>No budgets yet: fill in the form and add one.</source>
        <translation>Pas encore de budget : remplissez le formulaire et ajoutez-en un.</translation>
    </message>
    <message>
        <source>Spend and projections as of %1 (UTC), the latest day with data.</source>
        <translation>Dépenses et projections au %1 (UTC), dernier jour avec des données.</translation>
    </message>
    <message>
        <source>Give the budget a name.</source>
        <translation>Donnez un nom au budget.</translation>
    </message>
    <message>
        <source>The limit must be a positive amount in USD, such as 900 or 1250.50%1.</source>
        <translation>La limite doit être un montant positif en USD, par exemple 900 ou 1250.50%1.</translation>
    </message>
    <message>
        <source>A budget named %1 exists: change its name, or select it and save changes.</source>
        <translation>Un budget nommé %1 existe déjà : changez son nom, ou sélectionnez-le et enregistrez les modifications.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>Remove the budget %1 (%2, %3, limit %4)?

Its limit, soft limit and the alerts it raises are lost; the spend it watched stays in the workspace.</source>
        <translation>Supprimer le budget %1 (%2, %3, limite %4) ?

Sa limite, sa limite souple et les alertes qu&apos;il déclenche sont perdues ; les dépenses qu&apos;il surveillait restent dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Remove budget</source>
        <translation>Supprimer le budget</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>Suppression de %1…</translation>
    </message>
</context>
<context>
    <name>costline::BudgetsModel</name>
    <message>
        <source>all spend</source>
        <translation>toutes les dépenses</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not DIMENSION=VALUE (for example team=support)</source>
        <translation>« %1 » n&apos;est pas de la forme DIMENSION=VALEUR (par exemple team=support)</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <source>Weekly (from Monday)</source>
        <translation>Hebdomadaire (à partir du lundi)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>OK, projected over</source>
        <translation>OK, projection au-delà</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation>Limite souple</translation>
    </message>
    <message>
        <source>Over limit</source>
        <translation>Au-delà de la limite</translation>
    </message>
    <message>
        <source>No budget is named %1 any more.</source>
        <translation>Il n&apos;existe plus de budget nommé %1.</translation>
    </message>
    <message>
        <source>The workspace did not take the change; it may be busy with a sync. Try again.</source>
        <translation>L&apos;espace de travail n&apos;a pas pris la modification ; une synchronisation est peut-être en cours. Réessayez.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 à %2 (UTC)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Consommé</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>costline::ChartView</name>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Hausse</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Baisse</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Afficher en &amp;tableau</translation>
    </message>
    <message>
        <source>Show the chart&apos;s numbers as a table (Ctrl+T)</source>
        <translation>Afficher les chiffres du graphique sous forme de tableau (Ctrl+T)</translation>
    </message>
    <message>
        <source>%1 (table)</source>
        <translation>%1 (tableau)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>Stacked columns over %n categories, total %1: %2.</source>
        <translation>
            <numerusform>Colonnes empilées sur %n catégorie, total %1 : %2.</numerusform>
            <numerusform>Colonnes empilées sur %n catégories, total %1 : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message numerus="yes">
        <source>Ring chart of %n item(s), total %1: %2.</source>
        <translation>
            <numerusform>Graphique en anneau de %n élément, total %1 : %2.</numerusform>
            <numerusform>Graphique en anneau de %n éléments, total %1 : %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bar chart of %n item(s), largest first: %1.</source>
        <translation>
            <numerusform>Diagramme en barres de %n élément, le plus grand d&apos;abord : %1.</numerusform>
            <numerusform>Diagramme en barres de %n éléments, le plus grand d&apos;abord : %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costline::DayFormat</name>
    <message>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>costline::DayRange</name>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Quarter to date</source>
        <translation>Trimestre à date</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
    </message>
</context>
<context>
    <name>costline::Dimension</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Fonctionnalité</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Flux de travail</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
</context>
<context>
    <name>costline::DriversModel</name>
    <message>
        <source>%1 input, %2 output</source>
        <translation>%1 en entrée, %2 en sortie</translation>
    </message>
    <message>
        <source>%1 events in this period have no price and are not in the cost</source>
        <translation>%1 événements de cette période n&apos;ont pas de prix et ne sont pas dans le coût</translation>
    </message>
    <message>
        <source>Current cost</source>
        <translation>Coût actuel</translation>
    </message>
    <message>
        <source>Previous cost</source>
        <translation>Coût précédent</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Variation %</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
</context>
<context>
    <name>costline::DriversTab</name>
    <message>
        <source>Drivers by</source>
        <translation>Inducteurs par</translation>
    </message>
    <message>
        <source>Double-click a row or bar to see its usage events.</source>
        <translation>Double-cliquez sur une ligne ou une barre pour voir ses événements d&apos;usage.</translation>
    </message>
    <message>
        <source>Cost drivers</source>
        <translation>Inducteurs de coût</translation>
    </message>
    <message>
        <source>Per value, cost this period against the previous one; Enter opens its usage events</source>
        <translation>Par valeur, le coût de la période face à la précédente ; Entrée ouvre ses événements d&apos;usage</translation>
    </message>
    <message>
        <source>Top movers against the previous period</source>
        <translation>Plus fortes variations par rapport à la période précédente</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 par rapport à %2</translation>
    </message>
    <message>
        <source>Nothing changed against %1.</source>
        <translation>Aucune variation par rapport à %1.</translation>
    </message>
    <message>
        <source>Change in cost (USD)</source>
        <translation>Variation du coût (USD)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Export cost drivers</source>
        <translation>Exporter les inducteurs de coût</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>costline::EconomicsTab</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>⚠ cost outgrows outcomes</source>
        <translation>⚠ le coût croît plus vite que les résultats</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Fonctionnalité</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Cost per outcome</source>
        <translation>Coût par résultat</translation>
    </message>
    <message>
        <source>Traced cost per outcome</source>
        <translation>Coût tracé par résultat</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Cost change</source>
        <translation>Variation du coût</translation>
    </message>
    <message>
        <source>Outcome change</source>
        <translation>Variation des résultats</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>No outcomes in this range: import an outcomes CSV (timestamp, outcome_id, kind, trace_id, feature, customer, value_usd).</source>
        <translation>Aucun résultat sur cette période : importez un CSV de résultats (timestamp, outcome_id, kind, trace_id, feature, customer, value_usd).</translation>
    </message>
    <message>
        <source>USD per outcome</source>
        <translation>USD par résultat</translation>
    </message>
    <message>
        <source>Cost per outcome by %1</source>
        <translation>Coût par résultat par %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 outcomes, %2 joined by trace id (%3 of traced cost) · %n key(s) whose cost grows more than 10 points faster than their outcomes</source>
        <translation>
            <numerusform>%1 résultats, %2 reliés par identifiant de trace (%3 du coût tracé) · %n clé dont le coût croît de plus de 10 points plus vite que ses résultats</numerusform>
            <numerusform>%1 résultats, %2 reliés par identifiant de trace (%3 du coût tracé) · %n clés dont le coût croît de plus de 10 points plus vite que leurs résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costline::EmptyWorkspaceBanner</name>
    <message>
        <source>&lt;b&gt;This workspace has no usage yet.&lt;/b&gt; Import a usage CSV (File → Import usage CSV…) or add a provider or gateway as a source (Settings → Sources &amp; provider keys…) and sync it; every tab fills in from there.</source>
        <translation>&lt;b&gt;Cet espace de travail ne contient encore aucun usage.&lt;/b&gt; Importez un CSV d&apos;usage (Fichier → Importer un CSV d&apos;usage…) ou ajoutez un fournisseur ou une passerelle comme source (Paramètres → Sources &amp; clés des fournisseurs…) puis synchronisez-la ; chaque onglet se remplit ensuite.</translation>
    </message>
    <message>
        <source>Import usage CSV…</source>
        <translation>Importer un CSV d&apos;usage…</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>Ajouter une source…</translation>
    </message>
    <message>
        <source>Empty workspace</source>
        <translation>Espace de travail vide</translation>
    </message>
</context>
<context>
    <name>costline::EventColumns</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Jetons d&apos;entrée</translation>
    </message>
    <message>
        <source>Cached tokens</source>
        <translation>Jetons en cache</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Jetons de sortie</translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation>Jetons de raisonnement</translation>
    </message>
    <message>
        <source>Reported cost</source>
        <translation>Coût déclaré</translation>
    </message>
    <message>
        <source>Computed cost</source>
        <translation>Coût calculé</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>Identifiant de trace</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimé</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>En cache</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Calculé</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Identifiant d&apos;événement</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Cached input tokens</source>
        <translation>Jetons d&apos;entrée en cache</translation>
    </message>
    <message>
        <source>Cache write tokens</source>
        <translation>Jetons d&apos;écriture en cache</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>yes: the upstream gave no exact count</source>
        <translation>oui : la source n&apos;a pas donné de décompte exact</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Libellés</translation>
    </message>
</context>
<context>
    <name>costline::EventDetailPane</name>
    <message>
        <source>Copy trace id</source>
        <translation>Copier l&apos;identifiant de trace</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Select an event to see every field.</source>
        <translation>Sélectionnez un événement pour voir tous ses champs.</translation>
    </message>
</context>
<context>
    <name>costline::EventsModel</name>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>Token counts are estimated: the upstream gave no exact count.</source>
        <translation>Les nombres de jetons sont estimés : la source n&apos;a pas donné de décompte exact.</translation>
    </message>
    <message>
        <source>No price matches this model: the event is not in any cost total.</source>
        <translation>Aucun prix ne correspond à ce modèle : l&apos;événement n&apos;est dans aucun total de coût.</translation>
    </message>
    <message>
        <source>Marked where the upstream gave no exact count and tokens were estimated</source>
        <translation>Signalé quand la source n&apos;a pas donné de décompte exact et que les jetons ont été estimés</translation>
    </message>
    <message>
        <source>%1: click to sort all matching events</source>
        <translation>%1 : cliquez pour trier tous les événements correspondants</translation>
    </message>
</context>
<context>
    <name>costline::EventsTab</name>
    <message>
        <source>◀ Back</source>
        <translation>◀ Retour</translation>
    </message>
    <message>
        <source>Back to Cost drivers</source>
        <translation>Retour aux inducteurs de coût</translation>
    </message>
    <message>
        <source>Filter: any value, event id or trace id</source>
        <translation>Filtre : valeur, id d&apos;événement ou de trace</translation>
    </message>
    <message>
        <source>Filter usage events</source>
        <translation>Filtrer les événements d&apos;usage</translation>
    </message>
    <message>
        <source>Usage events</source>
        <translation>Événements d&apos;usage</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copier les lignes</translation>
    </message>
    <message>
        <source>Copy the selected rows, tab-separated for spreadsheets</source>
        <translation>Copier les lignes sélectionnées, séparées par des tabulations pour les tableurs</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Write every event that matches the filter to a CSV file (Ctrl+E)</source>
        <translation>Écrire chaque événement correspondant au filtre dans un fichier CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 = %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 = %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 events, %2</source>
        <translation>%1 événements, %2</translation>
    </message>
    <message>
        <source>%1 events loaded, more as you scroll</source>
        <translation>%1 événements chargés, la suite en faisant défiler</translation>
    </message>
    <message>
        <source> · showing %1–%2 (sort or filter to go back to the start)</source>
        <translation> · lignes %1 à %2 (triez ou filtrez pour revenir au début)</translation>
    </message>
    <message>
        <source>Export usage events</source>
        <translation>Exporter les événements d&apos;usage</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 events to %2</source>
        <translation>%1 événements exportés vers %2</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>costline::FilterBar</name>
    <message>
        <source>Period to analyse; changes compare with the period of equal length before it</source>
        <translation>Période à analyser ; les variations se comparent à la période de même durée qui la précède</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>From (UTC day)</source>
        <translation>Du (jour UTC)</translation>
    </message>
    <message>
        <source>To (UTC day)</source>
        <translation>Au (jour UTC)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Clear every value filter</source>
        <translation>Effacer tous les filtres de valeurs</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>Comparé à %1</translation>
    </message>
</context>
<context>
    <name>costline::ForecastTab</name>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>7 prochains jours</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Actual to date</source>
        <translation>Réel à date</translation>
    </message>
    <message>
        <source>Projected month end</source>
        <translation>Projection de fin de mois</translation>
    </message>
    <message>
        <source>Run rate, last 7 days</source>
        <translation>Rythme, 7 derniers jours</translation>
    </message>
    <message>
        <source>Run rate, last 30 days</source>
        <translation>Rythme, 30 derniers jours</translation>
    </message>
    <message>
        <source>Backtest error (MAPE)</source>
        <translation>Erreur de backtest (MAPE)</translation>
    </message>
    <message>
        <source>Next 7 days by model (fitted to each model&apos;s last 2 weeks)</source>
        <translation>7 prochains jours par modèle (ajusté sur les 2 dernières semaines de chaque modèle)</translation>
    </message>
    <message>
        <source>Run scenarios</source>
        <translation>Calculer les scénarios</translation>
    </message>
    <message>
        <source>What if traffic changes by</source>
        <translation>Et si le trafic varie de</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>of</source>
        <translation>sur</translation>
    </message>
    <message>
        <source>moves to</source>
        <translation>passe à</translation>
    </message>
    <message>
        <source>No usage to forecast from yet: import or sync usage first.</source>
        <translation>Pas encore d&apos;usage pour établir une prévision : importez ou synchronisez d&apos;abord des données d&apos;usage.</translation>
    </message>
    <message>
        <source>No usage</source>
        <translation>Aucun usage</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; as of %2 · %n day(s) to go · projection: a line fitted to the last 4 weeks</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; au %2 · %n jour restant · projection : une droite ajustée sur les 4 dernières semaines</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; au %2 · %n jours restants · projection : une droite ajustée sur les 4 dernières semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>likely %1 – %2</source>
        <translation>probablement %1 – %2</translation>
    </message>
    <message>
        <source>90 % band: %1 to %2</source>
        <translation>Intervalle à 90 % : %1 à %2</translation>
    </message>
    <message>
        <source>%1 / day</source>
        <translation>%1 / jour</translation>
    </message>
    <message>
        <source>≈ %1 for 30 days</source>
        <translation>≈ %1 sur 30 jours</translation>
    </message>
    <message>
        <source>not enough history</source>
        <translation>historique insuffisant</translation>
    </message>
    <message numerus="yes">
        <source>%n backtest point(s) on past months</source>
        <translation>
            <numerusform>%n point de backtest sur les mois passés</numerusform>
            <numerusform>%n points de backtest sur les mois passés</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean absolute error of this method&apos;s month-end projection, run as of days 7, 14 and 21 of each complete past month</source>
        <translation>Erreur absolue moyenne de la projection de fin de mois de cette méthode, calculée aux jours 7, 14 et 21 de chaque mois passé complet</translation>
    </message>
    <message>
        <source>USD, next 7 days</source>
        <translation>USD, 7 prochains jours</translation>
    </message>
    <message>
        <source>Base case: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Scénario de base : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; (%3)</source>
        <translation>%1 : &lt;b&gt;%2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 projected by %3 against %4 (&lt;span style=&quot;color:%5&quot;&gt;%6&lt;/span&gt;)</source>
        <translation>%1 : %2 projeté au %3 pour %4 (&lt;span style=&quot;color:%5&quot;&gt;%6&lt;/span&gt;)</translation>
    </message>
    <message>
        <source>Budget drift: </source>
        <translation>Dérive budgétaire : </translation>
    </message>
</context>
<context>
    <name>costline::Health</name>
    <message>
        <source>%1 % of events and about %2 % of spend priced; %3 events unpriced</source>
        <translation>%1 % des événements et environ %2 % des dépenses ont un prix ; %3 événements sans prix</translation>
    </message>
    <message>
        <source>Add prices for the unpriced models under Model pricing (costline-cli pricing gaps)</source>
        <translation>Ajoutez des prix pour les modèles sans prix dans Prix des modèles (costline-cli pricing gaps)</translation>
    </message>
    <message>
        <source>%1 % of spend carries a %2</source>
        <translation>%1 % des dépenses portent un %2</translation>
    </message>
    <message>
        <source>Tag requests with %1 at the gateway, or add an allocation rule for the spend without it</source>
        <translation>Marquez les requêtes avec %1 à la passerelle, ou ajoutez une règle de répartition pour la dépense qui n&apos;en a pas</translation>
    </message>
    <message>
        <source>%1 days of usage history; the forecast fits the last %2</source>
        <translation>%1 jours d&apos;historique d&apos;usage ; la prévision s&apos;ajuste sur les %2 derniers</translation>
    </message>
    <message>
        <source>Backfill at least %1 days of usage (a longer backfill on the sources)</source>
        <translation>Rechargez au moins %1 jours d&apos;usage (un historique plus long sur les sources)</translation>
    </message>
    <message>
        <source>%1 business outcomes in the range</source>
        <translation>%1 résultats métier sur la période</translation>
    </message>
    <message>
        <source>Import outcomes (costline-cli import outcomes FILE) so cost can be divided by what it bought</source>
        <translation>Importez les résultats (costline-cli import outcomes FICHIER) pour diviser le coût par ce qu&apos;il a produit</translation>
    </message>
    <message>
        <source>%1 rows quarantined since the range began (%2 % of rows read)</source>
        <translation>%1 lignes mises en quarantaine depuis le début de la période (%2 % des lignes lues)</translation>
    </message>
    <message>
        <source>Review the quarantined rows (costline-cli quarantine list), fix the file and import it again</source>
        <translation>Examinez les lignes en quarantaine (costline-cli quarantine list), corrigez le fichier et importez-le à nouveau</translation>
    </message>
    <message>
        <source>%1 % of events carry estimated token counts</source>
        <translation>%1 % des événements ont des nombres de jetons estimés</translation>
    </message>
    <message>
        <source>Switch those sources to exact usage (gateway or provider usage API) instead of estimates</source>
        <translation>Passez ces sources à un usage exact (passerelle ou API d&apos;usage du fournisseur) plutôt qu&apos;à des estimations</translation>
    </message>
    <message>
        <source>no events carry both a reported and a computed cost</source>
        <translation>aucun événement n&apos;a à la fois un coût déclaré et un coût calculé</translation>
    </message>
    <message>
        <source>reported cost differs from the price list by %1 % over %2 events</source>
        <translation>le coût déclaré s&apos;écarte de la grille tarifaire de %1 % sur %2 événements</translation>
    </message>
    <message>
        <source>Check the negotiated prices under Model pricing against the provider&apos;s invoice (costline-cli reconcile)</source>
        <translation>Comparez les prix négociés dans Prix des modèles à la facture du fournisseur (costline-cli reconcile)</translation>
    </message>
    <message>
        <source>%1 has never synced</source>
        <translation>%1 n&apos;a jamais été synchronisé</translation>
    </message>
    <message>
        <source>Check the source&apos;s provider key and run a sync</source>
        <translation>Vérifiez la clé du fournisseur de la source et lancez une synchronisation</translation>
    </message>
    <message>
        <source>last data or sync %1 h ago; expected every %2 h</source>
        <translation>dernières données ou synchronisation il y a %1 h ; attendu toutes les %2 h</translation>
    </message>
    <message>
        <source>Sync %1 (Sources &amp; provider keys) and check its last error</source>
        <translation>Synchronisez %1 (Sources &amp; clés des fournisseurs) et vérifiez sa dernière erreur</translation>
    </message>
    <message>
        <source>Import the newest export of %1</source>
        <translation>Importez le dernier export de %1</translation>
    </message>
    <message>
        <source>data on all %1 days</source>
        <translation>données sur les %1 jours</translation>
    </message>
    <message>
        <source>%1 of %2 days have no data</source>
        <translation>%1 jours sur %2 sans données</translation>
    </message>
    <message>
        <source>Backfill %1 for the missing days (sync with a longer backfill, or import them)</source>
        <translation>Complétez %1 pour les jours manquants (synchronisez avec un historique plus long, ou importez-les)</translation>
    </message>
</context>
<context>
    <name>costline::HealthTab</name>
    <message>
        <source>not in plan</source>
        <translation>hors offre</translation>
    </message>
    <message>
        <source>✔ pass</source>
        <translation>✔ réussi</translation>
    </message>
    <message>
        <source>▲ warn</source>
        <translation>▲ alerte</translation>
    </message>
    <message>
        <source>✖ fail</source>
        <translation>✖ échec</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Money at stake</source>
        <translation>Montant en jeu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Data health checks</source>
        <translation>Contrôles de qualité des données</translation>
    </message>
    <message>
        <source>Readiness %1 / 100</source>
        <translation>Fiabilité %1 / 100</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next action&lt;/b&gt; (%1 at stake): %2 — %3</source>
        <translation>&lt;b&gt;Prochaine action&lt;/b&gt; (%1 en jeu) : %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) of the plan pass.</source>
        <translation>
            <numerusform>Le contrôle de l&apos;offre est réussi.</numerusform>
            <numerusform>Les %n contrôles de l&apos;offre sont réussis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) need attention; locked capabilities do not count.</source>
        <translation>
            <numerusform>%n contrôle demande votre attention ; les fonctions verrouillées ne comptent pas.</numerusform>
            <numerusform>%n contrôles demandent votre attention ; les fonctions verrouillées ne comptent pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pricing coverage</source>
        <translation>Couverture des prix</translation>
    </message>
    <message>
        <source>Metadata coverage</source>
        <translation>Couverture des métadonnées</translation>
    </message>
    <message>
        <source>Forecast history</source>
        <translation>Historique de prévision</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Quarantined rows</source>
        <translation>Lignes en quarantaine</translation>
    </message>
    <message>
        <source>Estimated tokens</source>
        <translation>Jetons estimés</translation>
    </message>
    <message>
        <source>Reported vs computed</source>
        <translation>Déclaré vs calculé</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Fraîcheur</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
</context>
<context>
    <name>costline::ImportJob</name>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>costline::KpiCard</name>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>no previous data</source>
        <translation>pas de données antérieures</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>costline::LicenceDialog</name>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Load licence file…</source>
        <translation>Charger un fichier de licence…</translation>
    </message>
    <message>
        <source>Entitlements in force:</source>
        <translation>Droits en vigueur :</translation>
    </message>
    <message>
        <source>Licensee</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>This is the demo workspace: it runs with every capability whatever the licence.</source>
        <translation>Ceci est l&apos;espace de travail de démonstration : il offre toutes les fonctions quelle que soit la licence.</translation>
    </message>
    <message>
        <source>Load licence</source>
        <translation>Charger une licence</translation>
    </message>
    <message>
        <source>Licence files (*.json);;All files (*)</source>
        <translation>Fichiers de licence (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>costline::MainWindow</name>
    <message>
        <source>Costline</source>
        <translation>Costline</translation>
    </message>
    <message>
        <source>This tab arrives in a coming version; the data it needs is already collected.</source>
        <translation>Cet onglet arrive dans une prochaine version ; les données nécessaires sont déjà collectées.</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>ouverture impossible</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>data as of %1</source>
        <translation>données au %1</translation>
    </message>
    <message>
        <source>no data yet: import a usage CSV</source>
        <translation>pas encore de données : importez un CSV d&apos;usage</translation>
    </message>
    <message>
        <source>%1 — Costline</source>
        <translation>%1 — Costline</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtre…</translation>
    </message>
    <message>
        <source>&amp;Export %1…</source>
        <translation>&amp;Exporter %1…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Print %1…</source>
        <translation>&amp;Imprimer %1…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The new language applies when Costline starts again.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de Costline.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;Licence…</source>
        <translation>&amp;Licence…</translation>
    </message>
    <message>
        <source>&amp;About Costline</source>
        <translation>À &amp;propos de Costline</translation>
    </message>
    <message>
        <source>Costline workspaces (*.costline);;All files (*)</source>
        <translation>Espaces de travail Costline (*.costline);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Import usage CSV…</source>
        <translation>&amp;Importer un CSV d&apos;usage…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>P&amp;références…</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Import usage CSV</source>
        <translation>Importer un CSV d&apos;usage</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Ouvrez d&apos;abord un espace de travail.</translation>
    </message>
    <message>
        <source>&amp;Sources &amp;&amp; provider keys…</source>
        <translation>&amp;Sources &amp;&amp; clés des fournisseurs…</translation>
    </message>
    <message>
        <source>Model &amp;pricing…</source>
        <translation>&amp;Prix des modèles…</translation>
    </message>
    <message>
        <source>&amp;Budgets…</source>
        <translation>&amp;Budgets…</translation>
    </message>
    <message>
        <source>This tab has no export; Usage events, Cost drivers and Reports do</source>
        <translation>Cet onglet n&apos;a pas d&apos;export ; Événements d&apos;usage, Inducteurs de coût et Rapports en ont un</translation>
    </message>
</context>
<context>
    <name>costline::MoneyFormat</name>
    <message>
        <source>unpriced</source>
        <translation>sans prix</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
</context>
<context>
    <name>costline::MultiSelectPicker</name>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Search %1 values</source>
        <translation>Rechercher parmi les valeurs de %1</translation>
    </message>
    <message>
        <source>%1 values; check the ones to keep</source>
        <translation>Valeurs de %1 ; cochez celles à garder</translation>
    </message>
    <message>
        <source>%1 filter</source>
        <translation>Filtre %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1 : tous</translation>
    </message>
    <message>
        <source>%1: %2 selected</source>
        <translation>%1 : %2 sélectionnés</translation>
    </message>
    <message>
        <source>All values of %1</source>
        <translation>Toutes les valeurs de %1</translation>
    </message>
</context>
<context>
    <name>costline::OverviewTab</name>
    <message>
        <source>Total cost</source>
        <translation>Coût total</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Jetons d&apos;entrée</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Jetons de sortie</translation>
    </message>
    <message>
        <source>Average cost per request</source>
        <translation>Coût moyen par requête</translation>
    </message>
    <message>
        <source>Daily cost by provider</source>
        <translation>Coût quotidien par fournisseur</translation>
    </message>
    <message>
        <source>Cost by provider</source>
        <translation>Coût par fournisseur</translation>
    </message>
    <message>
        <source>Cost by model (top %1)</source>
        <translation>Coût par modèle (top %1)</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <source>vs %1 (%2)</source>
        <translation>vs %1 (%2)</translation>
    </message>
    <message>
        <source>%1
%2 unpriced events are not included</source>
        <translation>%1
%2 événements sans prix ne sont pas inclus</translation>
    </message>
    <message>
        <source>%1 of them cached</source>
        <translation>dont %1 en cache</translation>
    </message>
    <message>
        <source>%1 of them reasoning</source>
        <translation>dont %1 de raisonnement</translation>
    </message>
    <message>
        <source>No usage in %1 for this filter.</source>
        <translation>Aucun usage sur la période %1 pour ce filtre.</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Jour (UTC)</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Coût (USD)</translation>
    </message>
    <message>
        <source>No usage for this filter.</source>
        <translation>Aucun usage pour ce filtre.</translation>
    </message>
    <message>
        <source>Nothing moved against %1.</source>
        <translation>Rien n&apos;a bougé par rapport à %1.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Click a mover to open it in Cost drivers.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Cliquez sur une variation pour l&apos;ouvrir dans Inducteurs de coût.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 events have no price and are not in the totals.</source>
        <translation>%1 événements n&apos;ont pas de prix et ne figurent pas dans les totaux.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;%2 &lt;b&gt;%3&lt;/b&gt;&lt;/a&gt;&lt;br&gt;&lt;span style=&quot;color:%4&quot;&gt;%5 (%6)&lt;/span&gt; — %7 now, %8 before&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;%2 &lt;b&gt;%3&lt;/b&gt;&lt;/a&gt;&lt;br&gt;&lt;span style=&quot;color:%4&quot;&gt;%5 (%6)&lt;/span&gt; — %7 maintenant, %8 avant&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>costline::Preferences</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>costline::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The workspace opened last</source>
        <translation>Le dernier espace de travail ouvert</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Toutes les 15 minutes</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Every 4 hours</source>
        <translation>Toutes les 4 heures</translation>
    </message>
    <message>
        <source> % over baseline</source>
        <translation> % au-dessus de la référence</translation>
    </message>
    <message>
        <source>The workspace&apos;s setting</source>
        <translation>Réglage de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Cents ($1,234.56)</source>
        <translation>Centimes (1 234,56 $)</translation>
    </message>
    <message>
        <source>Four decimals ($1,234.5678)</source>
        <translation>Quatre décimales (1 234,5678 $)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Default &amp;workspace:</source>
        <translation>Espace de &amp;travail par défaut :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Auto-sync:</source>
        <translation>Synchronisation &amp;automatique :</translation>
    </message>
    <message>
        <source>Anomaly &amp;threshold:</source>
        <translation>&amp;Seuil d&apos;anomalie :</translation>
    </message>
    <message>
        <source>Money &amp;precision:</source>
        <translation>&amp;Précision des montants :</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs :</translation>
    </message>
    <message>
        <source>Default workspace</source>
        <translation>Espace de travail par défaut</translation>
    </message>
    <message>
        <source>A day is an anomaly when its cost exceeds the baseline by this much; per-tenant thresholds in the workspace still apply</source>
        <translation>Un jour est une anomalie quand son coût dépasse la référence d&apos;autant ; les seuils par locataire de l&apos;espace de travail s&apos;appliquent toujours</translation>
    </message>
    <message>
        <source>Syncs every source in the background, as File → Sync now (F5) does</source>
        <translation>Synchronise toutes les sources en arrière-plan, comme Fichier → Synchroniser maintenant (F5)</translation>
    </message>
    <message>
        <source>A new language applies when Costline starts again. These choices are yours: they are kept in your user settings, not in the workspace.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Costline. Ces choix sont les vôtres : ils sont conservés dans vos paramètres utilisateur, pas dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Costline workspaces (*.costline);;All files (*)</source>
        <translation>Espaces de travail Costline (*.costline);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>costline::PriceEntryDialog</name>
    <message>
        <source>Model price</source>
        <translation>Prix du modèle</translation>
    </message>
    <message>
        <source>empty: every provider</source>
        <translation>vide : tous les fournisseurs</translation>
    </message>
    <message>
        <source>a model name, or a glob such as gpt-4o*</source>
        <translation>un nom de modèle, ou un glob comme gpt-4o*</translation>
    </message>
    <message>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model pattern</source>
        <translation>Motif de modèle</translation>
    </message>
    <message>
        <source>Effective from (UTC)</source>
        <translation>En vigueur depuis (UTC)</translation>
    </message>
    <message>
        <source>Input, per 1M tokens</source>
        <translation>Entrée, par million de jetons</translation>
    </message>
    <message>
        <source>Cached input (cache read), per 1M</source>
        <translation>Entrée en cache (lecture), par million</translation>
    </message>
    <message>
        <source>Cache write, per 1M</source>
        <translation>Écriture en cache, par million</translation>
    </message>
    <message>
        <source>Output, per 1M tokens</source>
        <translation>Sortie, par million de jetons</translation>
    </message>
    <message>
        <source>Reasoning, per 1M</source>
        <translation>Raisonnement, par million</translation>
    </message>
    <message>
        <source>Per request</source>
        <translation>Par requête</translation>
    </message>
    <message>
        <source>USD, e.g. 2.50</source>
        <translation>USD, par ex. 2.50</translation>
    </message>
    <message>
        <source>empty: the input price</source>
        <translation>vide : le prix d&apos;entrée</translation>
    </message>
    <message>
        <source>USD, e.g. 10</source>
        <translation>USD, par ex. 10</translation>
    </message>
    <message>
        <source>empty: the output price</source>
        <translation>vide : le prix de sortie</translation>
    </message>
    <message>
        <source>USD, e.g. 0.0004; empty: none</source>
        <translation>USD, par ex. 0.0004 ; vide : aucun</translation>
    </message>
    <message>
        <source> % off batch requests</source>
        <translation> % de remise sur les requêtes par lot</translation>
    </message>
    <message>
        <source>Batch discount</source>
        <translation>Remise par lot</translation>
    </message>
    <message>
        <source>Give the model name or a glob pattern.</source>
        <translation>Indiquez le nom du modèle ou un motif glob.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Give at least an input, output or per-request price.</source>
        <translation>Indiquez au moins un prix d&apos;entrée, de sortie ou par requête.</translation>
    </message>
</context>
<context>
    <name>costline::PricingDialog</name>
    <message>
        <source>Model pricing</source>
        <translation>Prix des modèles</translation>
    </message>
    <message>
        <source>Loading prices…</source>
        <translation>Chargement des prix…</translation>
    </message>
    <message>
        <source>Filter by model, provider or origin</source>
        <translation>Filtrer par modèle, fournisseur ou origine</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Import LiteLLM catalogue…</source>
        <translation>Importer le catalogue LiteLLM…</translation>
    </message>
    <message>
        <source>Re-price all events</source>
        <translation>Revaloriser tous les événements</translation>
    </message>
    <message>
        <source>Finish a re-pricing that was cancelled</source>
        <translation>Terminer une revalorisation annulée</translation>
    </message>
    <message>
        <source>Pricing gaps: models with usage but no price</source>
        <translation>Prix manquants : modèles utilisés mais sans prix</translation>
    </message>
    <message>
        <source>Add a price for this model…</source>
        <translation>Ajouter un prix pour ce modèle…</translation>
    </message>
    <message>
        <source>%1 prices · token prices in USD per million tokens, per request in USD</source>
        <translation>%1 prix · prix des jetons en USD par million de jetons, par requête en USD</translation>
    </message>
    <message>
        <source>Every model with usage has a price.</source>
        <translation>Chaque modèle utilisé a un prix.</translation>
    </message>
    <message>
        <source>%1 events show as unpriced and are left out of every total until their model has a price.</source>
        <translation>%1 événements apparaissent « sans prix » et sont exclus de tous les totaux tant que leur modèle n&apos;a pas de prix.</translation>
    </message>
    <message>
        <source>No prices yet: import LiteLLM&apos;s catalogue or add your negotiated prices.</source>
        <translation>Pas encore de prix : importez le catalogue LiteLLM ou ajoutez vos prix négociés.</translation>
    </message>
    <message>
        <source>every provider</source>
        <translation>tout fournisseur</translation>
    </message>
    <message>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>your price</source>
        <translation>votre prix</translation>
    </message>
    <message>
        <source>%1 catalogue</source>
        <translation>catalogue %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4)</source>
        <translation>%1 (%2, %3, %4)</translation>
    </message>
    <message>
        <source>This price comes from the %1 catalogue. Saving keeps it and adds your price for the same model, which wins over the catalogue from now on.</source>
        <translation>Ce prix vient du catalogue %1. L&apos;enregistrement le conserve et ajoute votre prix pour le même modèle, qui l&apos;emporte désormais sur le catalogue.</translation>
    </message>
    <message>
        <source>%1 events of %2 have no price; %3 at stake.</source>
        <translation>%1 événements sur %2 n&apos;ont pas de prix ; %3 en jeu.</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>un montant inconnu</translation>
    </message>
    <message>
        <source>Your price is lost. </source>
        <translation>Votre prix est perdu. </translation>
    </message>
    <message>
        <source>Importing the catalogue again brings it back. </source>
        <translation>Réimporter le catalogue le rétablit. </translation>
    </message>
    <message>
        <source>Remove the price for %1?

%2The events it priced are re-priced with the next matching entry, or show as unpriced where none matches.</source>
        <translation>Supprimer le prix de %1 ?

%2Les événements qu&apos;il valorisait sont revalorisés avec l&apos;entrée suivante qui correspond, ou apparaissent sans prix si aucune ne correspond.</translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation>Supprimer le prix</translation>
    </message>
    <message>
        <source>Import LiteLLM price catalogue</source>
        <translation>Importer le catalogue de prix LiteLLM</translation>
    </message>
    <message>
        <source>LiteLLM catalogue (model_prices*.json *.json);;All files (*)</source>
        <translation>Catalogue LiteLLM (model_prices*.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saving prices…</source>
        <translation>Enregistrement des prix…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Re-pricing events: %1 of %2</source>
        <translation>Revalorisation des événements : %1 sur %2</translation>
    </message>
    <message>
        <source>%1 Re-priced %2 events; %3 changed cost.</source>
        <translation>%1 %2 événements revalorisés ; le coût de %3 a changé.</translation>
    </message>
    <message>
        <source>%1 Re-pricing was cancelled after %2 events: the totals are exact, but the rest keep their old prices until you re-price all events.</source>
        <translation>%1 La revalorisation a été annulée après %2 événements : les totaux sont exacts, mais les autres gardent leurs anciens prix jusqu&apos;à ce que vous revalorisiez tous les événements.</translation>
    </message>
</context>
<context>
    <name>costline::PricingGapsModel</name>
    <message>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>no estimate</source>
        <translation>pas d&apos;estimation</translation>
    </message>
    <message>
        <source>%1 at the average priced cost per token of similar models</source>
        <translation>%1 au coût moyen par jeton des modèles similaires déjà tarifés</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vu la première fois</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu la dernière fois</translation>
    </message>
    <message>
        <source>Money at stake</source>
        <translation>Montant en jeu</translation>
    </message>
</context>
<context>
    <name>costline::PricingModel</name>
    <message>
        <source>a price cannot be negative</source>
        <translation>un prix ne peut pas être négatif</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>all providers</source>
        <translation>tous les fournisseurs</translation>
    </message>
    <message>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>as input</source>
        <translation>comme l&apos;entrée</translation>
    </message>
    <message>
        <source>as output</source>
        <translation>comme la sortie</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>catalogue (%1)</source>
        <translation>catalogue (%1)</translation>
    </message>
    <message>
        <source>USD per request</source>
        <translation>USD par requête</translation>
    </message>
    <message>
        <source>USD per million tokens</source>
        <translation>USD par million de jetons</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model pattern</source>
        <translation>Motif de modèle</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>En vigueur depuis</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>En cache</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Écriture en cache</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>Per request</source>
        <translation>Par requête</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Saved the price for %1.</source>
        <translation>Prix de %1 enregistré.</translation>
    </message>
    <message>
        <source>The price entry for %1 is already gone.</source>
        <translation>L&apos;entrée de prix de %1 a déjà été supprimée.</translation>
    </message>
    <message>
        <source>Removed the price for %1.</source>
        <translation>Prix de %1 supprimé.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a LiteLLM price catalogue: %2</source>
        <translation>%1 n&apos;est pas un catalogue de prix LiteLLM : %2</translation>
    </message>
    <message>
        <source>Imported %1 catalogue prices, skipped %2.</source>
        <translation>%1 prix du catalogue importés, %2 ignorés.</translation>
    </message>
    <message>
        <source>The workspace did not take the change; it may be busy with a sync. Try again.</source>
        <translation>L&apos;espace de travail n&apos;a pas pris la modification ; une synchronisation est peut-être en cours. Réessayez.</translation>
    </message>
</context>
<context>
    <name>costline::ReadinessPanel</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data readiness %1 / 100&lt;/b&gt; · &lt;a href=&quot;health&quot;&gt;Data health&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Fiabilité des données %1 / 100&lt;/b&gt; · &lt;a href=&quot;health&quot;&gt;Qualité des données&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fix first&lt;/b&gt; (%1 at stake): %2&lt;br&gt;&lt;span&gt;%3&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;À corriger d&apos;abord&lt;/b&gt; (%1 en jeu) : %2&lt;br&gt;&lt;span&gt;%3&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every check of the plan passes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tous les contrôles de l&apos;offre sont réussis.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>costline::ReportScheduleDialog</name>
    <message>
        <source>Schedule a report</source>
        <translation>Planifier un rapport</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Tous les locataires</translation>
    </message>
    <message>
        <source>Daily — the day before</source>
        <translation>Quotidien — la veille</translation>
    </message>
    <message>
        <source>Weekly — the Monday–Sunday week before</source>
        <translation>Hebdomadaire — la semaine précédente, du lundi au dimanche</translation>
    </message>
    <message>
        <source>Monthly — the calendar month before</source>
        <translation>Mensuel — le mois civil précédent</translation>
    </message>
    <message>
        <source>29, 30 and 31 run on the last day of shorter months.</source>
        <translation>Les 29, 30 et 31 s&apos;exécutent le dernier jour des mois plus courts.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>the folder the reports are written into</source>
        <translation>le dossier où les rapports sont écrits</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Jour du mois</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Add schedule</source>
        <translation>Ajouter une planification</translation>
    </message>
    <message>
        <source>Folder for scheduled reports</source>
        <translation>Dossier des rapports planifiés</translation>
    </message>
    <message>
        <source>Choose the folder the reports are written into.</source>
        <translation>Choisissez le dossier où les rapports sont écrits.</translation>
    </message>
    <message>
        <source>That folder does not exist: create it or choose another.</source>
        <translation>Ce dossier n&apos;existe pas : créez-le ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The first run writes %1 into the folder as soon as it is added; the next runs on %2.</source>
        <translation>La première exécution écrit %1 dans le dossier dès l&apos;ajout ; la suivante a lieu le %2.</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Jour de la semaine</translation>
    </message>
</context>
<context>
    <name>costline::ReportScheduleList</name>
    <message>
        <source>&lt;b&gt;Scheduled reports&lt;/b&gt; — written into their folder on their own: when Costline starts and every 15 minutes while it runs, or by &lt;tt&gt;costline-cli report run-due&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Rapports planifiés&lt;/b&gt; — écrits d&apos;eux-mêmes dans leur dossier : au démarrage de Costline puis toutes les 15 minutes tant qu&apos;il tourne, ou avec &lt;tt&gt;costline-cli report run-due&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Add schedule…</source>
        <translation>Ajouter une planification…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Scheduled reports</source>
        <translation>Rapports planifiés</translation>
    </message>
    <message>
        <source>Scheduled reports are included in the %1 plan; this workbench runs on the %2 plan, so the schedules listed here do not run. Help → Licence… shows your licence.</source>
        <translation>Les rapports planifiés sont inclus dans l&apos;offre %1 ; cet espace de travail fonctionne avec l&apos;offre %2, donc les planifications listées ici ne s&apos;exécutent pas. Aide → Licence… affiche votre licence.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation>Supprimer la planification</translation>
    </message>
    <message>
        <source>Remove the schedule “%1, %2, into %3”?</source>
        <translation>Supprimer la planification « %1, %2, dans %3 » ?</translation>
    </message>
    <message>
        <source>No more reports are written for it. The reports it already wrote stay in the folder.</source>
        <translation>Plus aucun rapport ne sera écrit pour elle. Les rapports déjà écrits restent dans le dossier.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>costline::ReportScheduleModel</name>
    <message>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>Hebdomadaire, le %1</translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation>Mensuel, le %1</translation>
    </message>
    <message>
        <source>That schedule is no longer in the workspace; the list has been read again.</source>
        <translation>Cette planification n&apos;est plus dans l&apos;espace de travail ; la liste a été relue.</translation>
    </message>
    <message>
        <source>The workspace could not be read; try again.</source>
        <translation>Impossible de lire l&apos;espace de travail ; réessayez.</translation>
    </message>
    <message>
        <source>The workspace did not take the change; try again.</source>
        <translation>L&apos;espace de travail n&apos;a pas pris la modification ; réessayez.</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Tous les locataires</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>PDF, Letter</source>
        <translation>PDF, Letter</translation>
    </message>
    <message>
        <source>PDF, A4</source>
        <translation>PDF, A4</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>rien pour l&apos;instant</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>pas encore exécuté</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation>Échec %1</translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation>À exécuter maintenant : %1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Written through</source>
        <translation>Écrit jusqu&apos;au</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <source>not on this plan</source>
        <translation>hors de cette offre</translation>
    </message>
</context>
<context>
    <name>costline::ReportsTab</name>
    <message>
        <source>Chargeback pack</source>
        <translation>Dossier de refacturation</translation>
    </message>
    <message>
        <source>Cost drivers summary</source>
        <translation>Synthèse des inducteurs de coût</translation>
    </message>
    <message>
        <source>Showback by owner</source>
        <translation>Showback par propriétaire</translation>
    </message>
    <message>
        <source>Invoice dispute evidence pack</source>
        <translation>Dossier de preuves pour contestation de facture</translation>
    </message>
    <message>
        <source>FOCUS export (CSV)</source>
        <translation>Export FOCUS (CSV)</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Tous les locataires</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reports written&lt;/b&gt; — each file&apos;s SHA-256 lets anyone check it is unchanged.</source>
        <translation>&lt;b&gt;Rapports écrits&lt;/b&gt; — l&apos;empreinte SHA-256 de chaque fichier permet à chacun de vérifier qu&apos;il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The %1 is a data file for other FinOps tools: CSV only.</source>
        <translation>%1 est un fichier de données pour d&apos;autres outils FinOps : CSV uniquement.</translation>
    </message>
    <message>
        <source>%1 as PDF</source>
        <translation>%1 en PDF</translation>
    </message>
    <message>
        <source>%1 is included in the %2 plan and above; this workbench runs on the %3 plan.</source>
        <translation>%1 est inclus dans l&apos;offre %2 et au-delà ; cet espace de travail fonctionne avec l&apos;offre %3.</translation>
    </message>
    <message>
        <source>A viewer licence can preview the %1 but not export it.</source>
        <translation>Une licence de lecteur permet de prévisualiser %1 mais pas de l&apos;exporter.</translation>
    </message>
    <message>
        <source> Help → Licence… shows your licence.</source>
        <translation> Aide → Licence… affiche votre licence.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
</context>
<context>
    <name>costline::ScheduledReportsRunner</name>
    <message>
        <source>wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be written: %1</source>
        <translation>
            <numerusform>%n n&apos;a pas pu être écrit : %1</numerusform>
            <numerusform>%n n&apos;ont pas pu être écrits : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled reports: %1</source>
        <translation>Rapports planifiés : %1</translation>
    </message>
</context>
<context>
    <name>costline::SignalsModel</name>
    <message>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Pricing gap</source>
        <translation>Prix manquant</translation>
    </message>
    <message>
        <source>Missing attribution</source>
        <translation>Attribution manquante</translation>
    </message>
    <message>
        <source>Model mix shift</source>
        <translation>Glissement du mix de modèles</translation>
    </message>
    <message>
        <source>Cost mismatch</source>
        <translation>Écart de coût</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Money at stake</source>
        <translation>Montant en jeu</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>costline::SignalsTab</name>
    <message>
        <source>Cost signals</source>
        <translation>Signaux de coût</translation>
    </message>
    <message>
        <source>Open signals</source>
        <translation>Signaux ouverts</translation>
    </message>
    <message>
        <source>All signals</source>
        <translation>Tous les signaux</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Select a signal to see what happened and what to do.</source>
        <translation>Sélectionnez un signal pour voir ce qui s&apos;est passé et que faire.</translation>
    </message>
    <message>
        <source>Show usage events</source>
        <translation>Afficher les événements d&apos;usage</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Prendre en compte</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Marquer comme résolu</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Écarter…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Dismiss signal</source>
        <translation>Écarter le signal</translation>
    </message>
    <message>
        <source>Why is this not a problem? (kept with the signal)</source>
        <translation>Pourquoi n&apos;est-ce pas un problème ? (conservé avec le signal)</translation>
    </message>
    <message>
        <source>Nothing needs attention as of %1.</source>
        <translation>Rien ne demande votre attention au %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) as of %1 · %2 at stake in open signals</source>
        <translation>
            <numerusform>%n signal au %1 · %2 en jeu dans les signaux ouverts</numerusform>
            <numerusform>%n signaux au %1 · %2 en jeu dans les signaux ouverts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costline::SourcesDialog</name>
    <message>
        <source>Sources &amp; provider keys</source>
        <translation>Sources &amp; clés des fournisseurs</translation>
    </message>
    <message>
        <source>OpenAI organization (usage + costs)</source>
        <translation>Organisation OpenAI (usage + coûts)</translation>
    </message>
    <message>
        <source>Anthropic organization (usage + cost report)</source>
        <translation>Organisation Anthropic (usage + rapport de coûts)</translation>
    </message>
    <message>
        <source>LLM gateway (per-request token usage)</source>
        <translation>Passerelle LLM (usage de jetons par requête)</translation>
    </message>
    <message>
        <source>LiteLLM proxy (spend logs)</source>
        <translation>Proxy LiteLLM (journaux de dépenses)</translation>
    </message>
    <message>
        <source>provider default, or a proxy / regional host</source>
        <translation>valeur par défaut du fournisseur, ou un proxy / hôte régional</translation>
    </message>
    <message>
        <source>paste a new key to store it in the OS keychain</source>
        <translation>collez une nouvelle clé pour l&apos;enregistrer dans le trousseau du système</translation>
    </message>
    <message>
        <source>environment variable, for machines without a keychain</source>
        <translation>variable d&apos;environnement, pour les machines sans trousseau</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Key variable</source>
        <translation>Variable de la clé</translation>
    </message>
    <message>
        <source>First sync reads</source>
        <translation>La première synchronisation lit</translation>
    </message>
    <message>
        <source>Each sync re-reads</source>
        <translation>Chaque synchronisation relit</translation>
    </message>
    <message>
        <source>Auto-sync every</source>
        <translation>Synchroniser automatiquement toutes les</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Add as new source</source>
        <translation>Ajouter comme nouvelle source</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message>
        <source>%1 — %2, %3 rows</source>
        <translation>%1 — %2, %3 lignes</translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation>Donnez un nom à la source.</translation>
    </message>
    <message>
        <source>The base URL must be an http(s) address such as https://gateway.example.com.</source>
        <translation>L&apos;URL de base doit être une adresse http(s), par exemple https://gateway.example.com.</translation>
    </message>
    <message>
        <source>A source keeps its name: add it as a new source and remove the old one to rename it.</source>
        <translation>Une source garde son nom : pour la renommer, ajoutez-la comme nouvelle source et supprimez l&apos;ancienne.</translation>
    </message>
    <message>
        <source>The key for %1 is stored in the OS keychain.</source>
        <translation>La clé de %1 est enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The keychain did not take the key for %1 (%2). On a machine without a keychain, name an environment variable instead.</source>
        <translation>Le trousseau n&apos;a pas accepté la clé de %1 (%2). Sur une machine sans trousseau, indiquez plutôt une variable d&apos;environnement.</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <source>Remove %1? Its synced data stays in the workspace; its key leaves the keychain.</source>
        <translation>Supprimer %1 ? Ses données synchronisées restent dans l&apos;espace de travail ; sa clé quitte le trousseau.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <source>Connection works: %1</source>
        <translation>La connexion fonctionne : %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>Syncing %1: %2 pages, %3 rows so far</source>
        <translation>Synchronisation de %1 : %2 pages, %3 lignes jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Synchronisation de %1…</translation>
    </message>
    <message>
        <source>Cancelling after the current page; pages already read stay saved.</source>
        <translation>Arrêt après la page en cours ; les pages déjà lues restent enregistrées.</translation>
    </message>
</context>
<context>
    <name>costline::SourcesModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>(provider default)</source>
        <translation>(valeur par défaut du fournisseur)</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <source>keychain or $%1</source>
        <translation>trousseau ou $%1</translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>toutes les %n min</numerusform>
            <numerusform>toutes les %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source> UTC</source>
        <translation> UTC</translation>
    </message>
    <message>
        <source>Syncing… page %1</source>
        <translation>Synchronisation… page %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Key from</source>
        <translation>Clé depuis</translation>
    </message>
    <message>
        <source>Auto-sync</source>
        <translation>Synchronisation automatique</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>costline::SyncController</name>
    <message>
        <source>Syncing %1: %2 pages, %3 rows so far (F5 cancels)</source>
        <translation>Synchronisation de %1 : %2 pages, %3 lignes jusqu&apos;ici (F5 annule)</translation>
    </message>
    <message>
        <source>Syncing every source…</source>
        <translation>Synchronisation de toutes les sources…</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Annuler la synchronisation</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Stop after the current page; pages already read stay saved</source>
        <translation>Arrêter après la page en cours ; les pages déjà lues restent enregistrées</translation>
    </message>
    <message>
        <source>Fetch new usage and billing from every source (F5)</source>
        <translation>Récupérer le nouvel usage et la facturation de toutes les sources (F5)</translation>
    </message>
    <message>
        <source>No source to sync: add one under Settings → Sources &amp; provider keys…</source>
        <translation>Aucune source à synchroniser : ajoutez-en une dans Paramètres → Sources &amp; clés des fournisseurs…</translation>
    </message>
</context>
<context>
    <name>costline::Tab</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Cost drivers</source>
        <translation>Inducteurs de coût</translation>
    </message>
    <message>
        <source>Cost signals</source>
        <translation>Signaux de coût</translation>
    </message>
    <message>
        <source>Usage events</source>
        <translation>Événements d&apos;usage</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévisions</translation>
    </message>
    <message>
        <source>Unit economics</source>
        <translation>Économie unitaire</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Data health</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Anomalies, budget breaches, pricing gaps, missing attribution and model-mix shifts, each with the money at stake, an explanation and the next action, to acknowledge or resolve.</source>
        <translation>Anomalies, dépassements de budget, prix manquants, attributions manquantes et glissements du mix de modèles, chacun avec le montant en jeu, une explication et la prochaine action, à prendre en compte ou à résoudre.</translation>
    </message>
    <message>
        <source>The projected month-end cost with a low–high band, 7- and 30-day run rates, the backtest error, and the projection per model.</source>
        <translation>Le coût projeté en fin de mois avec une fourchette basse–haute, les rythmes sur 7 et 30 jours, l&apos;erreur de backtest et la projection par modèle.</translation>
    </message>
    <message>
        <source>Cost per outcome (ticket resolved, document answered, customer served) by feature and customer, from imported outcomes joined to usage by trace id.</source>
        <translation>Coût par résultat (ticket résolu, document traité, client servi) par fonctionnalité et par client, à partir des résultats importés reliés à l&apos;usage par identifiant de trace.</translation>
    </message>
    <message>
        <source>Showback and chargeback: every dollar assigned to an owner by direct attribution, rules or driver split, with unallocated cost shown apart.</source>
        <translation>Showback et refacturation : chaque dollar est attribué à un propriétaire, directement, par règle ou par répartition selon un inducteur ; le coût non réparti est montré à part.</translation>
    </message>
    <message>
        <source>How far the numbers can be trusted: source freshness, quarantined rows, unpriced and estimated events, and the readiness score with what to fix first.</source>
        <translation>Jusqu&apos;où se fier aux chiffres : fraîcheur des sources, lignes mises en quarantaine, événements sans prix ou estimés, et le score de fiabilité avec ce qu&apos;il faut corriger d&apos;abord.</translation>
    </message>
    <message>
        <source>Chargeback, showback and invoice-dispute packs as PDF or CSV, printable and scheduled.</source>
        <translation>Dossiers de refacturation, de showback et de contestation de facture en PDF ou CSV, imprimables et planifiables.</translation>
    </message>
    <message>
        <source>%1 is included in the %2 plan and above; this workbench runs on the %3 plan. Help → Licence… shows your licence and loads a new one.</source>
        <translation>%1 est inclus dans l&apos;offre %2 et au-delà ; cet espace de travail fonctionne avec l&apos;offre %3. Aide → Licence… affiche votre licence et en charge une nouvelle.</translation>
    </message>
    <message>
        <source>%1 is included in the %2 plan and above.</source>
        <translation>%1 est inclus dans l&apos;offre %2 et au-delà.</translation>
    </message>
</context>
<context>
    <name>costline::TabPage</name>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
</context>
</TS>
