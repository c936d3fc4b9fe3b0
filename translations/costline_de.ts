<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Free plan (no valid licence). %1</source>
        <translation>Tarif Free (keine gültige Lizenz). %1</translation>
    </message>
    <message>
        <source>%1 plan, licensed to %2 until %3</source>
        <translation>Tarif %1, lizenziert für %2 bis %3</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Costline %1&lt;/h3&gt;&lt;p&gt;Where the AI money went: usage and billing of AI providers and gateways in one local workspace, with the reports that settle it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Built with Qt %3 (running on Qt %4).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Costline %1&lt;/h3&gt;&lt;p&gt;Wohin das KI-Geld geflossen ist: Nutzung und Abrechnung von KI-Anbietern und Gateways in einem lokalen Arbeitsbereich, mit den Berichten, die es belegen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lizenz:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3 (läuft mit Qt %4).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Costline</source>
        <translation>Über Costline</translation>
    </message>
    <message>
        <source>Costline user guide</source>
        <translation>Costline-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Creating a demo workspace to explore…</source>
        <translation>Ein Demo-Arbeitsbereich zum Ausprobieren wird erstellt…</translation>
    </message>
    <message>
        <source>Exporting usage events…</source>
        <translation>Nutzungsereignisse werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting usage events… %1 written</source>
        <translation>Nutzungsereignisse werden exportiert… %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>costline::AllocationRuleDialog</name>
    <message>
        <source>Add allocation rule</source>
        <translation>Verteilungsregel hinzufügen</translation>
    </message>
    <message>
        <source>A dimension, or label.NAME for a label column of the usage data</source>
        <translation>Eine Dimension oder label.NAME für eine Label-Spalte der Nutzungsdaten</translation>
    </message>
    <message>
        <source>glob (* and ? match any characters)</source>
        <translation>Glob (* und ? stehen für beliebige Zeichen)</translation>
    </message>
    <message>
        <source>regular expression (must match the whole value)</source>
        <translation>regulärer Ausdruck (muss den ganzen Wert treffen)</translation>
    </message>
    <message>
        <source>e.g. search-* or ^(chat|assist)-.*$</source>
        <translation>z. B. search-* oder ^(chat|assist)-.*$</translation>
    </message>
    <message>
        <source>e.g. search, CC-100, assistant</source>
        <translation>z. B. search, CC-100, assistant</translation>
    </message>
    <message>
        <source>1 is checked first; the first rule that matches owns the spend</source>
        <translation>1 wird zuerst geprüft; die erste passende Regel übernimmt die Ausgaben</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Owner kind</source>
        <translation>Art des Eigentümers</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>&amp;Field</source>
        <translation>&amp;Feld</translation>
    </message>
    <message>
        <source>&amp;Match</source>
        <translation>&amp;Abgleich</translation>
    </message>
    <message>
        <source>&amp;Pattern</source>
        <translation>&amp;Muster</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Eigentümer</translation>
    </message>
    <message>
        <source>P&amp;osition</source>
        <translation>P&amp;osition</translation>
    </message>
    <message>
        <source>The rule is pending until you apply it; the tab previews what it would move.</source>
        <translation>Die Regel bleibt ausstehend, bis Sie sie anwenden; der Reiter zeigt vorab, was sie verschieben würde.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a dimension nor label.NAME.</source>
        <translation>„%1“ ist weder eine Dimension noch label.NAME.</translation>
    </message>
    <message>
        <source>Enter the pattern a value must match.</source>
        <translation>Geben Sie das Muster ein, dem ein Wert entsprechen muss.</translation>
    </message>
    <message>
        <source>The regular expression is not valid: %1.</source>
        <translation>Der reguläre Ausdruck ist ungültig: %1.</translation>
    </message>
    <message>
        <source>Name the owner as a kind and a value, e.g. team : search.</source>
        <translation>Geben Sie den Eigentümer als Art und Wert an, z. B. team : search.</translation>
    </message>
</context>
<context>
    <name>costline::AllocationTab</name>
    <message>
        <source>Apply pending rules</source>
        <translation>Ausstehende Regeln anwenden</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Driver split</source>
        <translation>Treiberbasierte Aufteilung</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Showback by owner</source>
        <translation>Showback nach Eigentümer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rules&lt;/b&gt; (first match wins)</source>
        <translation>&lt;b&gt;Regeln&lt;/b&gt; (die erste passende gilt)</translation>
    </message>
    <message>
        <source>Allocation rules</source>
        <translation>Verteilungsregeln</translation>
    </message>
    <message>
        <source>Other owners</source>
        <translation>Weitere Eigentümer</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Spend by owner</source>
        <translation>Ausgaben nach Eigentümer</translation>
    </message>
    <message numerus="yes">
        <source>Total &lt;b&gt;%1&lt;/b&gt; = allocated %2 + unallocated %3 · %n cost pool(s) split by driver</source>
        <translation>
            <numerusform>Gesamt &lt;b&gt;%1&lt;/b&gt; = zugeordnet %2 + nicht zugeordnet %3 · %n Kostenpool nach Treiber aufgeteilt</numerusform>
            <numerusform>Gesamt &lt;b&gt;%1&lt;/b&gt; = zugeordnet %2 + nicht zugeordnet %3 · %n Kostenpools nach Treiber aufgeteilt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 = %2 + %3</source>
        <translation>%1 = %2 + %3</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>unallocated</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>No pending rules.</source>
        <translation>Keine ausstehenden Regeln.</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n pending rule(s) would move %1 — %2</source>
        <translation>
            <numerusform>Vorschau: %n ausstehende Regel würde %1 verschieben — %2</numerusform>
            <numerusform>Vorschau: %n ausstehende Regeln würden %1 verschieben — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Every showback and chargeback then gives these costs to their new owners, including reports already sent for these periods if they are run again. To undo, select the rule and choose Remove rule…. Apply them?</source>
        <translation>%1

Jedes Showback und jede Leistungsverrechnung ordnet diese Kosten dann ihren neuen Eigentümern zu, auch bereits versandte Berichte dieser Zeiträume, wenn sie erneut erstellt werden. Zum Rückgängigmachen die Regel auswählen und „Regel entfernen…“ wählen. Anwenden?</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>Regel hinzufügen…</translation>
    </message>
    <message>
        <source>Remove rule…</source>
        <translation>Regel entfernen…</translation>
    </message>
    <message>
        <source>The rule was not removed: it no longer exists in this workspace.</source>
        <translation>Die Regel wurde nicht entfernt: Sie existiert in diesem Arbeitsbereich nicht mehr.</translation>
    </message>
    <message>
        <source>Remove rule %1 (%2 %3 → %4)?

It is applied: the spend it owns goes back to the next rule that matches, or to unallocated, in every showback and chargeback run from now on.</source>
        <translation>Regel %1 (%2 %3 → %4) entfernen?

Sie ist angewendet: Die ihr zugeordneten Ausgaben gehen an die nächste passende Regel oder an „nicht zugeordnet“, in jedem künftigen Showback und jeder künftigen Leistungsverrechnung.</translation>
    </message>
    <message>
        <source>Remove the pending rule %1 (%2 %3 → %4)?</source>
        <translation>Die ausstehende Regel %1 (%2 %3 → %4) entfernen?</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
</context>
<context>
    <name>costline::BudgetBars</name>
    <message>
        <source>Budgets this period</source>
        <translation>Budgets in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Loading budgets…</source>
        <translation>Budgets werden geladen…</translation>
    </message>
    <message>
        <source>Budgets this period, as of %1 (UTC)</source>
        <translation>Budgets in diesem Zeitraum, Stand %1 (UTC)</translation>
    </message>
    <message>
        <source>Budgets could not be read: %1</source>
        <translation>Budgets konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3) · projected %4</source>
        <translation>%1 von %2 (%3) · Prognose %4</translation>
    </message>
    <message>
        <source>No budgets yet: add one in Settings → Budgets… to see spend against its limit here.</source>
        <translation>Noch keine Budgets: Legen Sie eines unter Einstellungen → Budgets… an, um hier die Ausgaben gegen sein Limit zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n more budget(s) in Settings → Budgets…</source>
        <translation>
            <numerusform>%n weiteres Budget unter Einstellungen → Budgets…</numerusform>
            <numerusform>%n weitere Budgets unter Einstellungen → Budgets…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 to %3 (UTC)
Spend %4 of %5, soft limit at %6 %
Projected period end: %7</source>
        <translation>%1 · %2 bis %3 (UTC)
Ausgaben %4 von %5, weiche Grenze bei %6 %
Prognose zum Periodenende: %7</translation>
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
        <translation>Budgets werden geladen…</translation>
    </message>
    <message>
        <source>empty for all spend, or e.g. team=support, project=search</source>
        <translation>leer für alle Ausgaben, oder z. B. team=support, project=search</translation>
    </message>
    <message>
        <source>, UTC</source>
        <translation>, UTC</translation>
    </message>
    <message>
        <source>USD, e.g. 900 or 1250.50</source>
        <translation>USD, z. B. 900 oder 1250.50</translation>
    </message>
    <message>
        <source> % of the limit</source>
        <translation> % des Limits</translation>
    </message>
    <message>
        <source>Watch this budget (bars on the Overview, signals)</source>
        <translation>Dieses Budget beobachten (Balken in der Übersicht, Signale)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Soft limit at</source>
        <translation>Weiche Grenze bei</translation>
    </message>
    <message>
        <source>Add as new budget</source>
        <translation>Als neues Budget hinzufügen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>No budgets yet: fill in the form and add one.</source>
        <translation>Noch keine Budgets: Füllen Sie das Formular aus und fügen Sie eines hinzu.</translation>
    </message>
    <message>
        <source>Spend and projections as of %1 (UTC), the latest day with data.</source>
        <translation>Ausgaben und Prognosen zum %1 (UTC), dem letzten Tag mit Daten.</translation>
    </message>
    <message>
        <source>Give the budget a name.</source>
        <translation>Geben Sie dem Budget einen Namen.</translation>
    </message>
    <message>
        <source>The limit must be a positive amount in USD, such as 900 or 1250.50%1.</source>
        <translation>Das Limit muss ein positiver Betrag in USD sein, etwa 900 oder 1250.50%1.</translation>
    </message>
    <message>
        <source>A budget named %1 exists: change its name, or select it and save changes.</source>
        <translation>Ein Budget namens %1 existiert bereits: Ändern Sie den Namen oder wählen Sie es aus und speichern Sie die Änderungen.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Remove the budget %1 (%2, %3, limit %4)?

Its limit, soft limit and the alerts it raises are lost; the spend it watched stays in the workspace.</source>
        <translation>Das Budget %1 (%2, %3, Limit %4) entfernen?

Sein Limit, die weiche Grenze und die Warnungen, die es auslöst, gehen verloren; die überwachten Ausgaben bleiben im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Remove budget</source>
        <translation>Budget entfernen</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>%1 wird entfernt…</translation>
    </message>
</context>
<context>
    <name>costline::BudgetsModel</name>
    <message>
        <source>all spend</source>
        <translation>alle Ausgaben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not DIMENSION=VALUE (for example team=support)</source>
        <translation>„%1“ hat nicht die Form DIMENSION=WERT (zum Beispiel team=support)</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly (from Monday)</source>
        <translation>Wöchentlich (ab Montag)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>OK, projected over</source>
        <translation>OK, Prognose darüber</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation>Weiche Grenze</translation>
    </message>
    <message>
        <source>Over limit</source>
        <translation>Über dem Limit</translation>
    </message>
    <message>
        <source>No budget is named %1 any more.</source>
        <translation>Es gibt kein Budget namens %1 mehr.</translation>
    </message>
    <message>
        <source>The workspace did not take the change; it may be busy with a sync. Try again.</source>
        <translation>Der Arbeitsbereich hat die Änderung nicht übernommen; eventuell läuft gerade eine Synchronisierung. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 bis %2 (UTC)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>costline::ChartView</name>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Anstieg</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Rückgang</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Als &amp;Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Show the chart&apos;s numbers as a table (Ctrl+T)</source>
        <translation>Die Zahlen des Diagramms als Tabelle anzeigen (Strg+T)</translation>
    </message>
    <message>
        <source>%1 (table)</source>
        <translation>%1 (Tabelle)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message numerus="yes">
        <source>Stacked columns over %n categories, total %1: %2.</source>
        <translation>
            <numerusform>Gestapelte Säulen über %n Kategorie, gesamt %1: %2.</numerusform>
            <numerusform>Gestapelte Säulen über %n Kategorien, gesamt %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message numerus="yes">
        <source>Ring chart of %n item(s), total %1: %2.</source>
        <translation>
            <numerusform>Ringdiagramm mit %n Eintrag, gesamt %1: %2.</numerusform>
            <numerusform>Ringdiagramm mit %n Einträgen, gesamt %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bar chart of %n item(s), largest first: %1.</source>
        <translation>
            <numerusform>Balkendiagramm mit %n Eintrag, größter zuerst: %1.</numerusform>
            <numerusform>Balkendiagramm mit %n Einträgen, größter zuerst: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costline::DayFormat</name>
    <message>
        <source>MMM d</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>costline::DayRange</name>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Quarter to date</source>
        <translation>Quartal bis heute</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
</context>
<context>
    <name>costline::Dimension</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
</context>
<context>
    <name>costline::DriversModel</name>
    <message>
        <source>%1 input, %2 output</source>
        <translation>%1 Eingabe, %2 Ausgabe</translation>
    </message>
    <message>
        <source>%1 events in this period have no price and are not in the cost</source>
        <translation>%1 Ereignisse in diesem Zeitraum haben keinen Preis und sind nicht in den Kosten enthalten</translation>
    </message>
    <message>
        <source>Current cost</source>
        <translation>Aktuelle Kosten</translation>
    </message>
    <message>
        <source>Previous cost</source>
        <translation>Vorherige Kosten</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Änderung %</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
</context>
<context>
    <name>costline::DriversTab</name>
    <message>
        <source>Drivers by</source>
        <translation>Treiber nach</translation>
    </message>
    <message>
        <source>Double-click a row or bar to see its usage events.</source>
        <translation>Doppelklicken Sie auf eine Zeile oder einen Balken, um die Nutzungsereignisse zu sehen.</translation>
    </message>
    <message>
        <source>Cost drivers</source>
        <translation>Kostentreiber</translation>
    </message>
    <message>
        <source>Per value, cost this period against the previous one; Enter opens its usage events</source>
        <translation>Je Wert die Kosten dieses Zeitraums gegenüber dem vorigen; die Eingabetaste öffnet die Nutzungsereignisse</translation>
    </message>
    <message>
        <source>Top movers against the previous period</source>
        <translation>Größte Veränderungen gegenüber dem vorigen Zeitraum</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 gegenüber %2</translation>
    </message>
    <message>
        <source>Nothing changed against %1.</source>
        <translation>Keine Änderung gegenüber %1.</translation>
    </message>
    <message>
        <source>Change in cost (USD)</source>
        <translation>Kostenänderung (USD)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Export cost drivers</source>
        <translation>Kostentreiber exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
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
        <translation>⚠ Kosten wachsen schneller als Ergebnisse</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Cost per outcome</source>
        <translation>Kosten je Ergebnis</translation>
    </message>
    <message>
        <source>Traced cost per outcome</source>
        <translation>Getracte Kosten je Ergebnis</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Cost change</source>
        <translation>Kostenänderung</translation>
    </message>
    <message>
        <source>Outcome change</source>
        <translation>Änderung der Ergebnisse</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>No outcomes in this range: import an outcomes CSV (timestamp, outcome_id, kind, trace_id, feature, customer, value_usd).</source>
        <translation>Keine Ergebnisse in diesem Zeitraum: Importieren Sie eine Ergebnis-CSV (timestamp, outcome_id, kind, trace_id, feature, customer, value_usd).</translation>
    </message>
    <message>
        <source>USD per outcome</source>
        <translation>USD je Ergebnis</translation>
    </message>
    <message>
        <source>Cost per outcome by %1</source>
        <translation>Kosten je Ergebnis nach %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 outcomes, %2 joined by trace id (%3 of traced cost) · %n key(s) whose cost grows more than 10 points faster than their outcomes</source>
        <translation>
            <numerusform>%1 Ergebnisse, %2 über Trace-ID verknüpft (%3 der getracten Kosten) · %n Schlüssel, dessen Kosten mehr als 10 Punkte schneller wachsen als seine Ergebnisse</numerusform>
            <numerusform>%1 Ergebnisse, %2 über Trace-ID verknüpft (%3 der getracten Kosten) · %n Schlüssel, deren Kosten mehr als 10 Punkte schneller wachsen als ihre Ergebnisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costline::EmptyWorkspaceBanner</name>
    <message>
        <source>&lt;b&gt;This workspace has no usage yet.&lt;/b&gt; Import a usage CSV (File → Import usage CSV…) or add a provider or gateway as a source (Settings → Sources &amp; provider keys…) and sync it; every tab fills in from there.</source>
        <translation>&lt;b&gt;Dieser Arbeitsbereich enthält noch keine Nutzung.&lt;/b&gt; Importieren Sie eine Nutzungs-CSV (Datei → Nutzungs-CSV importieren…) oder fügen Sie einen Anbieter oder ein Gateway als Quelle hinzu (Einstellungen → Quellen &amp; Anbieterschlüssel…) und synchronisieren Sie sie; danach füllen sich alle Reiter.</translation>
    </message>
    <message>
        <source>Import usage CSV…</source>
        <translation>Nutzungs-CSV importieren…</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>Quelle hinzufügen…</translation>
    </message>
    <message>
        <source>Empty workspace</source>
        <translation>Leerer Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>costline::EventColumns</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <source>Cached tokens</source>
        <translation>Gecachte Tokens</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation>Reasoning-Tokens</translation>
    </message>
    <message>
        <source>Reported cost</source>
        <translation>Gemeldete Kosten</translation>
    </message>
    <message>
        <source>Computed cost</source>
        <translation>Berechnete Kosten</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>Trace-ID</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Gecacht</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Cached input tokens</source>
        <translation>Gecachte Eingabe-Tokens</translation>
    </message>
    <message>
        <source>Cache write tokens</source>
        <translation>Cache-Schreib-Tokens</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>yes: the upstream gave no exact count</source>
        <translation>ja: Die Quelle lieferte keine exakte Zahl</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
</context>
<context>
    <name>costline::EventDetailPane</name>
    <message>
        <source>Copy trace id</source>
        <translation>Trace-ID kopieren</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Select an event to see every field.</source>
        <translation>Wählen Sie ein Ereignis, um alle Felder zu sehen.</translation>
    </message>
</context>
<context>
    <name>costline::EventsModel</name>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>Token counts are estimated: the upstream gave no exact count.</source>
        <translation>Token-Anzahlen sind geschätzt: Die Quelle lieferte keine exakte Zahl.</translation>
    </message>
    <message>
        <source>No price matches this model: the event is not in any cost total.</source>
        <translation>Kein Preis passt zu diesem Modell: Das Ereignis ist in keiner Kostensumme enthalten.</translation>
    </message>
    <message>
        <source>Marked where the upstream gave no exact count and tokens were estimated</source>
        <translation>Markiert, wo die Quelle keine exakte Zahl lieferte und Tokens geschätzt wurden</translation>
    </message>
    <message>
        <source>%1: click to sort all matching events</source>
        <translation>%1: klicken, um alle passenden Ereignisse zu sortieren</translation>
    </message>
</context>
<context>
    <name>costline::EventsTab</name>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Back to Cost drivers</source>
        <translation>Zurück zu den Kostentreibern</translation>
    </message>
    <message>
        <source>Filter: any value, event id or trace id</source>
        <translation>Filter: Wert, Ereignis- oder Trace-ID</translation>
    </message>
    <message>
        <source>Filter usage events</source>
        <translation>Nutzungsereignisse filtern</translation>
    </message>
    <message>
        <source>Usage events</source>
        <translation>Nutzungsereignisse</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows, tab-separated for spreadsheets</source>
        <translation>Ausgewählte Zeilen tabulatorgetrennt für Tabellenkalkulationen kopieren</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Write every event that matches the filter to a CSV file (Ctrl+E)</source>
        <translation>Jedes Ereignis, das dem Filter entspricht, in eine CSV-Datei schreiben (Strg+E)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 = %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 = %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 events, %2</source>
        <translation>%1 Ereignisse, %2</translation>
    </message>
    <message>
        <source>%1 events loaded, more as you scroll</source>
        <translation>%1 Ereignisse geladen, weitere beim Scrollen</translation>
    </message>
    <message>
        <source> · showing %1–%2 (sort or filter to go back to the start)</source>
        <translation> · zeigt %1–%2 (sortieren oder filtern, um zum Anfang zurückzukehren)</translation>
    </message>
    <message>
        <source>Export usage events</source>
        <translation>Nutzungsereignisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 events to %2</source>
        <translation>%1 Ereignisse nach %2 exportiert</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>costline::FilterBar</name>
    <message>
        <source>Period to analyse; changes compare with the period of equal length before it</source>
        <translation>Zu analysierender Zeitraum; Änderungen beziehen sich auf den gleich langen Zeitraum davor</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From (UTC day)</source>
        <translation>Von (UTC-Tag)</translation>
    </message>
    <message>
        <source>To (UTC day)</source>
        <translation>Bis (UTC-Tag)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear every value filter</source>
        <translation>Alle Wertefilter zurücksetzen</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>Verglichen mit %1</translation>
    </message>
</context>
<context>
    <name>costline::ForecastTab</name>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Nächste 7 Tage</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Actual to date</source>
        <translation>Bisher aufgelaufen</translation>
    </message>
    <message>
        <source>Projected month end</source>
        <translation>Prognose zum Monatsende</translation>
    </message>
    <message>
        <source>Run rate, last 7 days</source>
        <translation>Laufrate, letzte 7 Tage</translation>
    </message>
    <message>
        <source>Run rate, last 30 days</source>
        <translation>Laufrate, letzte 30 Tage</translation>
    </message>
    <message>
        <source>Backtest error (MAPE)</source>
        <translation>Backtest-Fehler (MAPE)</translation>
    </message>
    <message>
        <source>Next 7 days by model (fitted to each model&apos;s last 2 weeks)</source>
        <translation>Nächste 7 Tage nach Modell (angepasst an die letzten 2 Wochen jedes Modells)</translation>
    </message>
    <message>
        <source>Run scenarios</source>
        <translation>Szenarien rechnen</translation>
    </message>
    <message>
        <source>What if traffic changes by</source>
        <translation>Was, wenn sich der Verkehr ändert um</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>of</source>
        <translation>von</translation>
    </message>
    <message>
        <source>moves to</source>
        <translation>geht an</translation>
    </message>
    <message>
        <source>No usage to forecast from yet: import or sync usage first.</source>
        <translation>Noch keine Nutzung für eine Prognose: Importieren oder synchronisieren Sie zuerst Nutzungsdaten.</translation>
    </message>
    <message>
        <source>No usage</source>
        <translation>Keine Nutzung</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; as of %2 · %n day(s) to go · projection: a line fitted to the last 4 weeks</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; zum %2 · noch %n Tag · Prognose: eine an die letzten 4 Wochen angepasste Gerade</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; zum %2 · noch %n Tage · Prognose: eine an die letzten 4 Wochen angepasste Gerade</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>likely %1 – %2</source>
        <translation>wahrscheinlich %1 – %2</translation>
    </message>
    <message>
        <source>90 % band: %1 to %2</source>
        <translation>90-%-Band: %1 bis %2</translation>
    </message>
    <message>
        <source>%1 / day</source>
        <translation>%1 / Tag</translation>
    </message>
    <message>
        <source>≈ %1 for 30 days</source>
        <translation>≈ %1 für 30 Tage</translation>
    </message>
    <message>
        <source>not enough history</source>
        <translation>zu wenig Verlauf</translation>
    </message>
    <message numerus="yes">
        <source>%n backtest point(s) on past months</source>
        <translation>
            <numerusform>%n Backtest-Punkt aus vergangenen Monaten</numerusform>
            <numerusform>%n Backtest-Punkte aus vergangenen Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean absolute error of this method&apos;s month-end projection, run as of days 7, 14 and 21 of each complete past month</source>
        <translation>Mittlerer absoluter Fehler der Monatsend-Prognose dieser Methode, berechnet zu den Tagen 7, 14 und 21 jedes abgeschlossenen Vormonats</translation>
    </message>
    <message>
        <source>USD, next 7 days</source>
        <translation>USD, nächste 7 Tage</translation>
    </message>
    <message>
        <source>Base case: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Basisszenario: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; (%3)</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 projected by %3 against %4 (&lt;span style=&quot;color:%5&quot;&gt;%6&lt;/span&gt;)</source>
        <translation>%1: %2 prognostiziert bis %3 gegenüber %4 (&lt;span style=&quot;color:%5&quot;&gt;%6&lt;/span&gt;)</translation>
    </message>
    <message>
        <source>Budget drift: </source>
        <translation>Budgetabweichung: </translation>
    </message>
</context>
<context>
    <name>costline::Health</name>
    <message>
        <source>%1 % of events and about %2 % of spend priced; %3 events unpriced</source>
        <translation>%1 % der Ereignisse und etwa %2 % der Ausgaben bepreist; %3 Ereignisse ohne Preis</translation>
    </message>
    <message>
        <source>Add prices for the unpriced models under Model pricing (costline-cli pricing gaps)</source>
        <translation>Preise für die Modelle ohne Preis unter Modellpreise hinzufügen (costline-cli pricing gaps)</translation>
    </message>
    <message>
        <source>%1 % of spend carries a %2</source>
        <translation>Bei %1 % der Ausgaben ist %2 gesetzt</translation>
    </message>
    <message>
        <source>Tag requests with %1 at the gateway, or add an allocation rule for the spend without it</source>
        <translation>Anfragen am Gateway mit %1 kennzeichnen oder eine Verteilungsregel für die Ausgaben ohne diese Angabe anlegen</translation>
    </message>
    <message>
        <source>%1 days of usage history; the forecast fits the last %2</source>
        <translation>%1 Tage Nutzungsverlauf; die Prognose passt sich an die letzten %2 an</translation>
    </message>
    <message>
        <source>Backfill at least %1 days of usage (a longer backfill on the sources)</source>
        <translation>Mindestens %1 Tage Nutzung nachladen (längerer Rückgriff bei den Quellen)</translation>
    </message>
    <message>
        <source>%1 business outcomes in the range</source>
        <translation>%1 Geschäftsergebnisse im Zeitraum</translation>
    </message>
    <message>
        <source>Import outcomes (costline-cli import outcomes FILE) so cost can be divided by what it bought</source>
        <translation>Ergebnisse importieren (costline-cli import outcomes DATEI), damit die Kosten durch ihren Gegenwert geteilt werden können</translation>
    </message>
    <message>
        <source>%1 rows quarantined since the range began (%2 % of rows read)</source>
        <translation>%1 Zeilen seit Beginn des Zeitraums zurückgestellt (%2 % der gelesenen Zeilen)</translation>
    </message>
    <message>
        <source>Review the quarantined rows (costline-cli quarantine list), fix the file and import it again</source>
        <translation>Zurückgestellte Zeilen prüfen (costline-cli quarantine list), die Datei korrigieren und erneut importieren</translation>
    </message>
    <message>
        <source>%1 % of events carry estimated token counts</source>
        <translation>%1 % der Ereignisse haben geschätzte Token-Anzahlen</translation>
    </message>
    <message>
        <source>Switch those sources to exact usage (gateway or provider usage API) instead of estimates</source>
        <translation>Diese Quellen auf exakte Nutzung umstellen (Gateway oder Nutzungs-API des Anbieters) statt Schätzungen</translation>
    </message>
    <message>
        <source>no events carry both a reported and a computed cost</source>
        <translation>kein Ereignis hat sowohl gemeldete als auch berechnete Kosten</translation>
    </message>
    <message>
        <source>reported cost differs from the price list by %1 % over %2 events</source>
        <translation>gemeldete Kosten weichen bei %2 Ereignissen um %1 % von der Preisliste ab</translation>
    </message>
    <message>
        <source>Check the negotiated prices under Model pricing against the provider&apos;s invoice (costline-cli reconcile)</source>
        <translation>Die verhandelten Preise unter Modellpreise mit der Rechnung des Anbieters abgleichen (costline-cli reconcile)</translation>
    </message>
    <message>
        <source>%1 has never synced</source>
        <translation>%1 wurde noch nie synchronisiert</translation>
    </message>
    <message>
        <source>Check the source&apos;s provider key and run a sync</source>
        <translation>Den Anbieterschlüssel der Quelle prüfen und synchronisieren</translation>
    </message>
    <message>
        <source>last data or sync %1 h ago; expected every %2 h</source>
        <translation>letzte Daten oder Synchronisierung vor %1 h; erwartet alle %2 h</translation>
    </message>
    <message>
        <source>Sync %1 (Sources &amp; provider keys) and check its last error</source>
        <translation>%1 synchronisieren (Quellen &amp; Anbieterschlüssel) und den letzten Fehler prüfen</translation>
    </message>
    <message>
        <source>Import the newest export of %1</source>
        <translation>Den neuesten Export von %1 importieren</translation>
    </message>
    <message>
        <source>data on all %1 days</source>
        <translation>Daten an allen %1 Tagen</translation>
    </message>
    <message>
        <source>%1 of %2 days have no data</source>
        <translation>%1 von %2 Tagen ohne Daten</translation>
    </message>
    <message>
        <source>Backfill %1 for the missing days (sync with a longer backfill, or import them)</source>
        <translation>%1 für die fehlenden Tage nachladen (mit längerem Rückgriff synchronisieren oder importieren)</translation>
    </message>
</context>
<context>
    <name>costline::HealthTab</name>
    <message>
        <source>not in plan</source>
        <translation>nicht im Tarif</translation>
    </message>
    <message>
        <source>✔ pass</source>
        <translation>✔ bestanden</translation>
    </message>
    <message>
        <source>▲ warn</source>
        <translation>▲ Warnung</translation>
    </message>
    <message>
        <source>✖ fail</source>
        <translation>✖ fehlgeschlagen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Money at stake</source>
        <translation>Betrag auf dem Spiel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Data health checks</source>
        <translation>Prüfungen der Datenqualität</translation>
    </message>
    <message>
        <source>Readiness %1 / 100</source>
        <translation>Bereitschaft %1 / 100</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next action&lt;/b&gt; (%1 at stake): %2 — %3</source>
        <translation>&lt;b&gt;Nächster Schritt&lt;/b&gt; (%1 auf dem Spiel): %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) of the plan pass.</source>
        <translation>
            <numerusform>Die %n Prüfung des Tarifs besteht.</numerusform>
            <numerusform>Alle %n Prüfungen des Tarifs bestehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) need attention; locked capabilities do not count.</source>
        <translation>
            <numerusform>%n Prüfung braucht Aufmerksamkeit; gesperrte Funktionen zählen nicht.</numerusform>
            <numerusform>%n Prüfungen brauchen Aufmerksamkeit; gesperrte Funktionen zählen nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pricing coverage</source>
        <translation>Preisabdeckung</translation>
    </message>
    <message>
        <source>Metadata coverage</source>
        <translation>Metadatenabdeckung</translation>
    </message>
    <message>
        <source>Forecast history</source>
        <translation>Prognoseverlauf</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Quarantined rows</source>
        <translation>Zurückgestellte Zeilen</translation>
    </message>
    <message>
        <source>Estimated tokens</source>
        <translation>Geschätzte Tokens</translation>
    </message>
    <message>
        <source>Reported vs computed</source>
        <translation>Gemeldet vs. berechnet</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Aktualität</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
</context>
<context>
    <name>costline::ImportJob</name>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>costline::KpiCard</name>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>no previous data</source>
        <translation>keine Vordaten</translation>
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
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Load licence file…</source>
        <translation>Lizenzdatei laden…</translation>
    </message>
    <message>
        <source>Entitlements in force:</source>
        <translation>Gültige Berechtigungen:</translation>
    </message>
    <message>
        <source>Licensee</source>
        <translation>Lizenznehmer</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>This is the demo workspace: it runs with every capability whatever the licence.</source>
        <translation>Dies ist der Demo-Arbeitsbereich: Er bietet unabhängig von der Lizenz alle Funktionen.</translation>
    </message>
    <message>
        <source>Load licence</source>
        <translation>Lizenz laden</translation>
    </message>
    <message>
        <source>Licence files (*.json);;All files (*)</source>
        <translation>Lizenzdateien (*.json);;Alle Dateien (*)</translation>
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
        <translation>Dieser Reiter kommt in einer künftigen Version; die Daten dafür werden bereits gesammelt.</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>data as of %1</source>
        <translation>Daten bis %1</translation>
    </message>
    <message>
        <source>no data yet: import a usage CSV</source>
        <translation>noch keine Daten: Nutzungs-CSV importieren</translation>
    </message>
    <message>
        <source>%1 — Costline</source>
        <translation>%1 — Costline</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filter…</translation>
    </message>
    <message>
        <source>&amp;Export %1…</source>
        <translation>%1 &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print %1…</source>
        <translation>%1 &amp;drucken…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The new language applies when Costline starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Costline.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Licence…</source>
        <translation>&amp;Lizenz…</translation>
    </message>
    <message>
        <source>&amp;About Costline</source>
        <translation>Ü&amp;ber Costline</translation>
    </message>
    <message>
        <source>Costline workspaces (*.costline);;All files (*)</source>
        <translation>Costline-Arbeitsbereiche (*.costline);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import usage CSV…</source>
        <translation>Nutzungs-CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Import usage CSV</source>
        <translation>Nutzungs-CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>&amp;Sources &amp;&amp; provider keys…</source>
        <translation>&amp;Quellen &amp;&amp; Anbieterschlüssel…</translation>
    </message>
    <message>
        <source>Model &amp;pricing…</source>
        <translation>Modell&amp;preise…</translation>
    </message>
    <message>
        <source>&amp;Budgets…</source>
        <translation>&amp;Budgets…</translation>
    </message>
    <message>
        <source>This tab has no export; Usage events, Cost drivers and Reports do</source>
        <translation>Dieser Reiter hat keinen Export; Nutzungsereignisse, Kostentreiber und Berichte haben einen</translation>
    </message>
</context>
<context>
    <name>costline::MoneyFormat</name>
    <message>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
</context>
<context>
    <name>costline::MultiSelectPicker</name>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Search %1 values</source>
        <translation>Werte von %1 durchsuchen</translation>
    </message>
    <message>
        <source>%1 values; check the ones to keep</source>
        <translation>Werte von %1; die gewünschten ankreuzen</translation>
    </message>
    <message>
        <source>%1 filter</source>
        <translation>Filter %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1: alle</translation>
    </message>
    <message>
        <source>%1: %2 selected</source>
        <translation>%1: %2 ausgewählt</translation>
    </message>
    <message>
        <source>All values of %1</source>
        <translation>Alle Werte von %1</translation>
    </message>
</context>
<context>
    <name>costline::OverviewTab</name>
    <message>
        <source>Total cost</source>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>Average cost per request</source>
        <translation>Durchschnittskosten je Anfrage</translation>
    </message>
    <message>
        <source>Daily cost by provider</source>
        <translation>Tägliche Kosten nach Anbieter</translation>
    </message>
    <message>
        <source>Cost by provider</source>
        <translation>Kosten nach Anbieter</translation>
    </message>
    <message>
        <source>Cost by model (top %1)</source>
        <translation>Kosten nach Modell (Top %1)</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>vs %1 (%2)</source>
        <translation>ggü. %1 (%2)</translation>
    </message>
    <message>
        <source>%1
%2 unpriced events are not included</source>
        <translation>%1
%2 Ereignisse ohne Preis sind nicht enthalten</translation>
    </message>
    <message>
        <source>%1 of them cached</source>
        <translation>davon %1 aus dem Cache</translation>
    </message>
    <message>
        <source>%1 of them reasoning</source>
        <translation>davon %1 für Reasoning</translation>
    </message>
    <message>
        <source>No usage in %1 for this filter.</source>
        <translation>Keine Nutzung im Zeitraum %1 für diesen Filter.</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
    <message>
        <source>No usage for this filter.</source>
        <translation>Keine Nutzung für diesen Filter.</translation>
    </message>
    <message>
        <source>Nothing moved against %1.</source>
        <translation>Keine Veränderung gegenüber %1.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Click a mover to open it in Cost drivers.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Klicken Sie auf eine Veränderung, um sie unter Kostentreiber zu öffnen.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 events have no price and are not in the totals.</source>
        <translation>%1 Ereignisse haben keinen Preis und sind nicht in den Summen enthalten.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;%2 &lt;b&gt;%3&lt;/b&gt;&lt;/a&gt;&lt;br&gt;&lt;span style=&quot;color:%4&quot;&gt;%5 (%6)&lt;/span&gt; — %7 now, %8 before&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;%2 &lt;b&gt;%3&lt;/b&gt;&lt;/a&gt;&lt;br&gt;&lt;span style=&quot;color:%4&quot;&gt;%5 (%6)&lt;/span&gt; — jetzt %7, vorher %8&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>costline::Preferences</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>costline::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The workspace opened last</source>
        <translation>Der zuletzt geöffnete Arbeitsbereich</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Every 4 hours</source>
        <translation>Alle 4 Stunden</translation>
    </message>
    <message>
        <source> % over baseline</source>
        <translation> % über der Basislinie</translation>
    </message>
    <message>
        <source>The workspace&apos;s setting</source>
        <translation>Einstellung des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Cents ($1,234.56)</source>
        <translation>Cent (1.234,56 $)</translation>
    </message>
    <message>
        <source>Four decimals ($1,234.5678)</source>
        <translation>Vier Nachkommastellen (1.234,5678 $)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Default &amp;workspace:</source>
        <translation>Standard-&amp;Arbeitsbereich:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Auto-sync:</source>
        <translation>&amp;Automatische Synchronisierung:</translation>
    </message>
    <message>
        <source>Anomaly &amp;threshold:</source>
        <translation>Anomalie-&amp;Schwelle:</translation>
    </message>
    <message>
        <source>Money &amp;precision:</source>
        <translation>&amp;Genauigkeit der Beträge:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>Default workspace</source>
        <translation>Standard-Arbeitsbereich</translation>
    </message>
    <message>
        <source>A day is an anomaly when its cost exceeds the baseline by this much; per-tenant thresholds in the workspace still apply</source>
        <translation>Ein Tag gilt als Anomalie, wenn seine Kosten die Basislinie um so viel übersteigen; mandantenspezifische Schwellen des Arbeitsbereichs gelten weiterhin</translation>
    </message>
    <message>
        <source>Syncs every source in the background, as File → Sync now (F5) does</source>
        <translation>Synchronisiert alle Quellen im Hintergrund, wie Datei → Jetzt synchronisieren (F5)</translation>
    </message>
    <message>
        <source>A new language applies when Costline starts again. These choices are yours: they are kept in your user settings, not in the workspace.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Costline. Diese Einstellungen gehören Ihnen: Sie werden in Ihren Benutzereinstellungen gespeichert, nicht im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Costline workspaces (*.costline);;All files (*)</source>
        <translation>Costline-Arbeitsbereiche (*.costline);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>costline::PriceEntryDialog</name>
    <message>
        <source>Model price</source>
        <translation>Modellpreis</translation>
    </message>
    <message>
        <source>empty: every provider</source>
        <translation>leer: jeder Anbieter</translation>
    </message>
    <message>
        <source>a model name, or a glob such as gpt-4o*</source>
        <translation>ein Modellname oder ein Glob wie gpt-4o*</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model pattern</source>
        <translation>Modellmuster</translation>
    </message>
    <message>
        <source>Effective from (UTC)</source>
        <translation>Gültig ab (UTC)</translation>
    </message>
    <message>
        <source>Input, per 1M tokens</source>
        <translation>Eingabe, je 1 Mio. Tokens</translation>
    </message>
    <message>
        <source>Cached input (cache read), per 1M</source>
        <translation>Gecachte Eingabe (Cache-Lesen), je 1 Mio.</translation>
    </message>
    <message>
        <source>Cache write, per 1M</source>
        <translation>Cache-Schreiben, je 1 Mio.</translation>
    </message>
    <message>
        <source>Output, per 1M tokens</source>
        <translation>Ausgabe, je 1 Mio. Tokens</translation>
    </message>
    <message>
        <source>Reasoning, per 1M</source>
        <translation>Reasoning, je 1 Mio.</translation>
    </message>
    <message>
        <source>Per request</source>
        <translation>Je Anfrage</translation>
    </message>
    <message>
        <source>USD, e.g. 2.50</source>
        <translation>USD, z. B. 2.50</translation>
    </message>
    <message>
        <source>empty: the input price</source>
        <translation>leer: der Eingabepreis</translation>
    </message>
    <message>
        <source>USD, e.g. 10</source>
        <translation>USD, z. B. 10</translation>
    </message>
    <message>
        <source>empty: the output price</source>
        <translation>leer: der Ausgabepreis</translation>
    </message>
    <message>
        <source>USD, e.g. 0.0004; empty: none</source>
        <translation>USD, z. B. 0.0004; leer: keiner</translation>
    </message>
    <message>
        <source> % off batch requests</source>
        <translation> % Rabatt auf Batch-Anfragen</translation>
    </message>
    <message>
        <source>Batch discount</source>
        <translation>Batch-Rabatt</translation>
    </message>
    <message>
        <source>Give the model name or a glob pattern.</source>
        <translation>Geben Sie den Modellnamen oder ein Glob-Muster an.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Give at least an input, output or per-request price.</source>
        <translation>Geben Sie mindestens einen Eingabe-, Ausgabe- oder Anfragepreis an.</translation>
    </message>
</context>
<context>
    <name>costline::PricingDialog</name>
    <message>
        <source>Model pricing</source>
        <translation>Modellpreise</translation>
    </message>
    <message>
        <source>Loading prices…</source>
        <translation>Preise werden geladen…</translation>
    </message>
    <message>
        <source>Filter by model, provider or origin</source>
        <translation>Nach Modell, Anbieter oder Herkunft filtern</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Import LiteLLM catalogue…</source>
        <translation>LiteLLM-Katalog importieren…</translation>
    </message>
    <message>
        <source>Re-price all events</source>
        <translation>Alle Ereignisse neu bepreisen</translation>
    </message>
    <message>
        <source>Finish a re-pricing that was cancelled</source>
        <translation>Eine abgebrochene Neubepreisung abschließen</translation>
    </message>
    <message>
        <source>Pricing gaps: models with usage but no price</source>
        <translation>Preislücken: Modelle mit Nutzung, aber ohne Preis</translation>
    </message>
    <message>
        <source>Add a price for this model…</source>
        <translation>Preis für dieses Modell hinzufügen…</translation>
    </message>
    <message>
        <source>%1 prices · token prices in USD per million tokens, per request in USD</source>
        <translation>%1 Preise · Tokenpreise in USD je Million Tokens, je Anfrage in USD</translation>
    </message>
    <message>
        <source>Every model with usage has a price.</source>
        <translation>Jedes Modell mit Nutzung hat einen Preis.</translation>
    </message>
    <message>
        <source>%1 events show as unpriced and are left out of every total until their model has a price.</source>
        <translation>%1 Ereignisse erscheinen als „ohne Preis“ und fehlen in allen Summen, bis ihr Modell einen Preis hat.</translation>
    </message>
    <message>
        <source>No prices yet: import LiteLLM&apos;s catalogue or add your negotiated prices.</source>
        <translation>Noch keine Preise: Importieren Sie den LiteLLM-Katalog oder fügen Sie Ihre verhandelten Preise hinzu.</translation>
    </message>
    <message>
        <source>every provider</source>
        <translation>jeder Anbieter</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>your price</source>
        <translation>Ihr Preis</translation>
    </message>
    <message>
        <source>%1 catalogue</source>
        <translation>%1-Katalog</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4)</source>
        <translation>%1 (%2, %3, %4)</translation>
    </message>
    <message>
        <source>This price comes from the %1 catalogue. Saving keeps it and adds your price for the same model, which wins over the catalogue from now on.</source>
        <translation>Dieser Preis stammt aus dem Katalog %1. Beim Speichern bleibt er erhalten und Ihr Preis für dasselbe Modell kommt hinzu; er hat ab jetzt Vorrang vor dem Katalog.</translation>
    </message>
    <message>
        <source>%1 events of %2 have no price; %3 at stake.</source>
        <translation>%1 von %2 Ereignissen haben keinen Preis; %3 stehen auf dem Spiel.</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>ein unbekannter Betrag</translation>
    </message>
    <message>
        <source>Your price is lost. </source>
        <translation>Ihr Preis geht verloren. </translation>
    </message>
    <message>
        <source>Importing the catalogue again brings it back. </source>
        <translation>Ein erneuter Import des Katalogs stellt ihn wieder her. </translation>
    </message>
    <message>
        <source>Remove the price for %1?

%2The events it priced are re-priced with the next matching entry, or show as unpriced where none matches.</source>
        <translation>Den Preis für %1 entfernen?

%2Die damit bepreisten Ereignisse werden mit dem nächsten passenden Eintrag neu bepreist oder erscheinen ohne Preis, wo keiner passt.</translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation>Preis entfernen</translation>
    </message>
    <message>
        <source>Import LiteLLM price catalogue</source>
        <translation>LiteLLM-Preiskatalog importieren</translation>
    </message>
    <message>
        <source>LiteLLM catalogue (model_prices*.json *.json);;All files (*)</source>
        <translation>LiteLLM-Katalog (model_prices*.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saving prices…</source>
        <translation>Preise werden gespeichert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Re-pricing events: %1 of %2</source>
        <translation>Ereignisse werden neu bepreist: %1 von %2</translation>
    </message>
    <message>
        <source>%1 Re-priced %2 events; %3 changed cost.</source>
        <translation>%1 %2 Ereignisse neu bepreist; bei %3 haben sich die Kosten geändert.</translation>
    </message>
    <message>
        <source>%1 Re-pricing was cancelled after %2 events: the totals are exact, but the rest keep their old prices until you re-price all events.</source>
        <translation>%1 Die Neubepreisung wurde nach %2 Ereignissen abgebrochen: Die Summen sind exakt, die übrigen Ereignisse behalten aber ihre alten Preise, bis Sie alle Ereignisse neu bepreisen.</translation>
    </message>
</context>
<context>
    <name>costline::PricingGapsModel</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>no estimate</source>
        <translation>keine Schätzung</translation>
    </message>
    <message>
        <source>%1 at the average priced cost per token of similar models</source>
        <translation>%1 zum durchschnittlichen bepreisten Tokenpreis ähnlicher Modelle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Money at stake</source>
        <translation>Betrag auf dem Spiel</translation>
    </message>
</context>
<context>
    <name>costline::PricingModel</name>
    <message>
        <source>a price cannot be negative</source>
        <translation>ein Preis kann nicht negativ sein</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>all providers</source>
        <translation>alle Anbieter</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>as input</source>
        <translation>wie Eingabe</translation>
    </message>
    <message>
        <source>as output</source>
        <translation>wie Ausgabe</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>catalogue (%1)</source>
        <translation>Katalog (%1)</translation>
    </message>
    <message>
        <source>USD per request</source>
        <translation>USD je Anfrage</translation>
    </message>
    <message>
        <source>USD per million tokens</source>
        <translation>USD je Million Tokens</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model pattern</source>
        <translation>Modellmuster</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Gecacht</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Cache-Schreiben</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Per request</source>
        <translation>Je Anfrage</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Saved the price for %1.</source>
        <translation>Preis für %1 gespeichert.</translation>
    </message>
    <message>
        <source>The price entry for %1 is already gone.</source>
        <translation>Der Preiseintrag für %1 ist bereits entfernt.</translation>
    </message>
    <message>
        <source>Removed the price for %1.</source>
        <translation>Preis für %1 entfernt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a LiteLLM price catalogue: %2</source>
        <translation>%1 ist kein LiteLLM-Preiskatalog: %2</translation>
    </message>
    <message>
        <source>Imported %1 catalogue prices, skipped %2.</source>
        <translation>%1 Katalogpreise importiert, %2 übersprungen.</translation>
    </message>
    <message>
        <source>The workspace did not take the change; it may be busy with a sync. Try again.</source>
        <translation>Der Arbeitsbereich hat die Änderung nicht übernommen; eventuell läuft gerade eine Synchronisierung. Bitte erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>costline::ReadinessPanel</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data readiness %1 / 100&lt;/b&gt; · &lt;a href=&quot;health&quot;&gt;Data health&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Datenbereitschaft %1 / 100&lt;/b&gt; · &lt;a href=&quot;health&quot;&gt;Datenqualität&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fix first&lt;/b&gt; (%1 at stake): %2&lt;br&gt;&lt;span&gt;%3&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Zuerst beheben&lt;/b&gt; (%1 auf dem Spiel): %2&lt;br&gt;&lt;span&gt;%3&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every check of the plan passes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Alle Prüfungen des Tarifs bestehen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>costline::ReportScheduleDialog</name>
    <message>
        <source>Schedule a report</source>
        <translation>Bericht planen</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Alle Mandanten</translation>
    </message>
    <message>
        <source>Daily — the day before</source>
        <translation>Täglich — der Vortag</translation>
    </message>
    <message>
        <source>Weekly — the Monday–Sunday week before</source>
        <translation>Wöchentlich — die Vorwoche von Montag bis Sonntag</translation>
    </message>
    <message>
        <source>Monthly — the calendar month before</source>
        <translation>Monatlich — der Vormonat</translation>
    </message>
    <message>
        <source>29, 30 and 31 run on the last day of shorter months.</source>
        <translation>29, 30 und 31 laufen in kürzeren Monaten am letzten Tag.</translation>
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
        <translation>der Ordner, in den die Berichte geschrieben werden</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitenformat</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Add schedule</source>
        <translation>Zeitplan hinzufügen</translation>
    </message>
    <message>
        <source>Folder for scheduled reports</source>
        <translation>Ordner für geplante Berichte</translation>
    </message>
    <message>
        <source>Choose the folder the reports are written into.</source>
        <translation>Wählen Sie den Ordner, in den die Berichte geschrieben werden.</translation>
    </message>
    <message>
        <source>That folder does not exist: create it or choose another.</source>
        <translation>Dieser Ordner existiert nicht: Legen Sie ihn an oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The first run writes %1 into the folder as soon as it is added; the next runs on %2.</source>
        <translation>Der erste Lauf schreibt %1 in den Ordner, sobald der Zeitplan angelegt ist; der nächste läuft am %2.</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
</context>
<context>
    <name>costline::ReportScheduleList</name>
    <message>
        <source>&lt;b&gt;Scheduled reports&lt;/b&gt; — written into their folder on their own: when Costline starts and every 15 minutes while it runs, or by &lt;tt&gt;costline-cli report run-due&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Geplante Berichte&lt;/b&gt; — werden selbstständig in ihren Ordner geschrieben: beim Start von Costline und alle 15 Minuten, solange es läuft, oder mit &lt;tt&gt;costline-cli report run-due&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Add schedule…</source>
        <translation>Zeitplan hinzufügen…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Scheduled reports</source>
        <translation>Geplante Berichte</translation>
    </message>
    <message>
        <source>Scheduled reports are included in the %1 plan; this workbench runs on the %2 plan, so the schedules listed here do not run. Help → Licence… shows your licence.</source>
        <translation>Geplante Berichte sind im Tarif %1 enthalten; diese Arbeitsumgebung läuft mit dem Tarif %2, daher laufen die hier aufgeführten Zeitpläne nicht. Hilfe → Lizenz… zeigt Ihre Lizenz.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation>Zeitplan entfernen</translation>
    </message>
    <message>
        <source>Remove the schedule “%1, %2, into %3”?</source>
        <translation>Den Zeitplan „%1, %2, nach %3“ entfernen?</translation>
    </message>
    <message>
        <source>No more reports are written for it. The reports it already wrote stay in the folder.</source>
        <translation>Es werden keine weiteren Berichte dafür geschrieben. Die bereits geschriebenen Berichte bleiben im Ordner.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>costline::ReportScheduleModel</name>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>Wöchentlich am %1</translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation>Monatlich am Tag %1</translation>
    </message>
    <message>
        <source>That schedule is no longer in the workspace; the list has been read again.</source>
        <translation>Dieser Zeitplan ist nicht mehr im Arbeitsbereich; die Liste wurde neu gelesen.</translation>
    </message>
    <message>
        <source>The workspace could not be read; try again.</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden; bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>The workspace did not take the change; try again.</source>
        <translation>Der Arbeitsbereich hat die Änderung nicht übernommen; bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Alle Mandanten</translation>
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
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>noch nicht gelaufen</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation>Fehlgeschlagen %1</translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation>Jetzt fällig: %1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Written through</source>
        <translation>Geschrieben bis</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>not on this plan</source>
        <translation>nicht in diesem Tarif</translation>
    </message>
</context>
<context>
    <name>costline::ReportsTab</name>
    <message>
        <source>Chargeback pack</source>
        <translation>Leistungsverrechnungspaket</translation>
    </message>
    <message>
        <source>Cost drivers summary</source>
        <translation>Zusammenfassung der Kostentreiber</translation>
    </message>
    <message>
        <source>Showback by owner</source>
        <translation>Showback nach Eigentümer</translation>
    </message>
    <message>
        <source>Invoice dispute evidence pack</source>
        <translation>Beweispaket zur Rechnungsprüfung</translation>
    </message>
    <message>
        <source>FOCUS export (CSV)</source>
        <translation>FOCUS-Export (CSV)</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Alle Mandanten</translation>
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
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitenformat</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Druckvorschau…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>CSV speichern…</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reports written&lt;/b&gt; — each file&apos;s SHA-256 lets anyone check it is unchanged.</source>
        <translation>&lt;b&gt;Erstellte Berichte&lt;/b&gt; — mit der SHA-256-Prüfsumme jeder Datei kann jeder prüfen, dass sie unverändert ist.</translation>
    </message>
    <message>
        <source>The %1 is a data file for other FinOps tools: CSV only.</source>
        <translation>%1 ist eine Datendatei für andere FinOps-Werkzeuge: nur CSV.</translation>
    </message>
    <message>
        <source>%1 as PDF</source>
        <translation>%1 als PDF</translation>
    </message>
    <message>
        <source>%1 is included in the %2 plan and above; this workbench runs on the %3 plan.</source>
        <translation>%1 ist im Tarif %2 und höher enthalten; diese Arbeitsumgebung läuft mit dem Tarif %3.</translation>
    </message>
    <message>
        <source>A viewer licence can preview the %1 but not export it.</source>
        <translation>Mit einer Betrachter-Lizenz können Sie %1 ansehen, aber nicht exportieren.</translation>
    </message>
    <message>
        <source> Help → Licence… shows your licence.</source>
        <translation> Hilfe → Lizenz… zeigt Ihre Lizenz.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>costline::ScheduledReportsRunner</name>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be written: %1</source>
        <translation>
            <numerusform>%n konnte nicht geschrieben werden: %1</numerusform>
            <numerusform>%n konnten nicht geschrieben werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled reports: %1</source>
        <translation>Geplante Berichte: %1</translation>
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
        <translation>Preislücke</translation>
    </message>
    <message>
        <source>Missing attribution</source>
        <translation>Fehlende Zuordnung</translation>
    </message>
    <message>
        <source>Model mix shift</source>
        <translation>Verschiebung im Modellmix</translation>
    </message>
    <message>
        <source>Cost mismatch</source>
        <translation>Kostenabweichung</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Zur Kenntnis genommen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Money at stake</source>
        <translation>Betrag auf dem Spiel</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basislinie</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>costline::SignalsTab</name>
    <message>
        <source>Cost signals</source>
        <translation>Kostensignale</translation>
    </message>
    <message>
        <source>Open signals</source>
        <translation>Offene Signale</translation>
    </message>
    <message>
        <source>All signals</source>
        <translation>Alle Signale</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Select a signal to see what happened and what to do.</source>
        <translation>Wählen Sie ein Signal, um zu sehen, was passiert ist und was zu tun ist.</translation>
    </message>
    <message>
        <source>Show usage events</source>
        <translation>Nutzungsereignisse anzeigen</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Zur Kenntnis nehmen</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Dismiss signal</source>
        <translation>Signal verwerfen</translation>
    </message>
    <message>
        <source>Why is this not a problem? (kept with the signal)</source>
        <translation>Warum ist das kein Problem? (wird beim Signal gespeichert)</translation>
    </message>
    <message>
        <source>Nothing needs attention as of %1.</source>
        <translation>Zum %1 braucht nichts Aufmerksamkeit.</translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) as of %1 · %2 at stake in open signals</source>
        <translation>
            <numerusform>%n Signal zum %1 · %2 stehen in offenen Signalen auf dem Spiel</numerusform>
            <numerusform>%n Signale zum %1 · %2 stehen in offenen Signalen auf dem Spiel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costline::SourcesDialog</name>
    <message>
        <source>Sources &amp; provider keys</source>
        <translation>Quellen &amp; Anbieterschlüssel</translation>
    </message>
    <message>
        <source>OpenAI organization (usage + costs)</source>
        <translation>OpenAI-Organisation (Nutzung + Kosten)</translation>
    </message>
    <message>
        <source>Anthropic organization (usage + cost report)</source>
        <translation>Anthropic-Organisation (Nutzung + Kostenbericht)</translation>
    </message>
    <message>
        <source>LLM gateway (per-request token usage)</source>
        <translation>LLM-Gateway (Token-Nutzung je Anfrage)</translation>
    </message>
    <message>
        <source>LiteLLM proxy (spend logs)</source>
        <translation>LiteLLM-Proxy (Ausgabenprotokolle)</translation>
    </message>
    <message>
        <source>provider default, or a proxy / regional host</source>
        <translation>Standard des Anbieters oder ein Proxy / regionaler Host</translation>
    </message>
    <message>
        <source>paste a new key to store it in the OS keychain</source>
        <translation>neuen Schlüssel einfügen, um ihn im Schlüsselbund des Betriebssystems zu speichern</translation>
    </message>
    <message>
        <source>environment variable, for machines without a keychain</source>
        <translation>Umgebungsvariable, für Rechner ohne Schlüsselbund</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Key variable</source>
        <translation>Schlüsselvariable</translation>
    </message>
    <message>
        <source>First sync reads</source>
        <translation>Erste Synchronisierung liest</translation>
    </message>
    <message>
        <source>Each sync re-reads</source>
        <translation>Jede Synchronisierung liest erneut</translation>
    </message>
    <message>
        <source>Auto-sync every</source>
        <translation>Automatisch synchronisieren alle</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Add as new source</source>
        <translation>Als neue Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message>
        <source>%1 — %2, %3 rows</source>
        <translation>%1 — %2, %3 Zeilen</translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation>Geben Sie der Quelle einen Namen.</translation>
    </message>
    <message>
        <source>The base URL must be an http(s) address such as https://gateway.example.com.</source>
        <translation>Die Basis-URL muss eine http(s)-Adresse sein, etwa https://gateway.example.com.</translation>
    </message>
    <message>
        <source>A source keeps its name: add it as a new source and remove the old one to rename it.</source>
        <translation>Eine Quelle behält ihren Namen: Fügen Sie sie als neue Quelle hinzu und entfernen Sie die alte, um sie umzubenennen.</translation>
    </message>
    <message>
        <source>The key for %1 is stored in the OS keychain.</source>
        <translation>Der Schlüssel für %1 ist im Schlüsselbund des Betriebssystems gespeichert.</translation>
    </message>
    <message>
        <source>The keychain did not take the key for %1 (%2). On a machine without a keychain, name an environment variable instead.</source>
        <translation>Der Schlüsselbund hat den Schlüssel für %1 nicht angenommen (%2). Auf einem Rechner ohne Schlüsselbund geben Sie stattdessen eine Umgebungsvariable an.</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <source>Remove %1? Its synced data stays in the workspace; its key leaves the keychain.</source>
        <translation>%1 entfernen? Die synchronisierten Daten bleiben im Arbeitsbereich; der Schlüssel wird aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>Connection works: %1</source>
        <translation>Verbindung funktioniert: %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Syncing %1: %2 pages, %3 rows so far</source>
        <translation>%1 wird synchronisiert: bisher %2 Seiten, %3 Zeilen</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>%1 wird synchronisiert…</translation>
    </message>
    <message>
        <source>Cancelling after the current page; pages already read stay saved.</source>
        <translation>Abbruch nach der aktuellen Seite; bereits gelesene Seiten bleiben gespeichert.</translation>
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
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <source>(provider default)</source>
        <translation>(Standard des Anbieters)</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>keychain or $%1</source>
        <translation>Schlüsselbund oder $%1</translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>alle %n Min.</numerusform>
            <numerusform>alle %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source> UTC</source>
        <translation> UTC</translation>
    </message>
    <message>
        <source>Syncing… page %1</source>
        <translation>Synchronisierung… Seite %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Key from</source>
        <translation>Schlüssel aus</translation>
    </message>
    <message>
        <source>Auto-sync</source>
        <translation>Automatische Synchronisierung</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>costline::SyncController</name>
    <message>
        <source>Syncing %1: %2 pages, %3 rows so far (F5 cancels)</source>
        <translation>%1 wird synchronisiert: bisher %2 Seiten, %3 Zeilen (F5 bricht ab)</translation>
    </message>
    <message>
        <source>Syncing every source…</source>
        <translation>Alle Quellen werden synchronisiert…</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>Synchronisierung &amp;abbrechen</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Stop after the current page; pages already read stay saved</source>
        <translation>Nach der aktuellen Seite anhalten; bereits gelesene Seiten bleiben gespeichert</translation>
    </message>
    <message>
        <source>Fetch new usage and billing from every source (F5)</source>
        <translation>Neue Nutzung und Abrechnung von allen Quellen abrufen (F5)</translation>
    </message>
    <message>
        <source>No source to sync: add one under Settings → Sources &amp; provider keys…</source>
        <translation>Keine Quelle zum Synchronisieren: Fügen Sie eine unter Einstellungen → Quellen &amp; Anbieterschlüssel… hinzu</translation>
    </message>
</context>
<context>
    <name>costline::Tab</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Cost drivers</source>
        <translation>Kostentreiber</translation>
    </message>
    <message>
        <source>Cost signals</source>
        <translation>Kostensignale</translation>
    </message>
    <message>
        <source>Usage events</source>
        <translation>Nutzungsereignisse</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Unit economics</source>
        <translation>Unit Economics</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Kostenverteilung</translation>
    </message>
    <message>
        <source>Data health</source>
        <translation>Datenqualität</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Anomalies, budget breaches, pricing gaps, missing attribution and model-mix shifts, each with the money at stake, an explanation and the next action, to acknowledge or resolve.</source>
        <translation>Anomalien, Budgetüberschreitungen, Preislücken, fehlende Zuordnung und Verschiebungen im Modellmix, jeweils mit dem Betrag auf dem Spiel, einer Erklärung und dem nächsten Schritt, zum Bestätigen oder Erledigen.</translation>
    </message>
    <message>
        <source>The projected month-end cost with a low–high band, 7- and 30-day run rates, the backtest error, and the projection per model.</source>
        <translation>Die prognostizierten Kosten zum Monatsende mit einer Spanne von niedrig bis hoch, Laufraten über 7 und 30 Tage, dem Backtest-Fehler und der Prognose je Modell.</translation>
    </message>
    <message>
        <source>Cost per outcome (ticket resolved, document answered, customer served) by feature and customer, from imported outcomes joined to usage by trace id.</source>
        <translation>Kosten je Ergebnis (gelöstes Ticket, beantwortetes Dokument, bedienter Kunde) nach Funktion und Kunde, aus importierten Ergebnissen, die über die Trace-ID mit der Nutzung verknüpft sind.</translation>
    </message>
    <message>
        <source>Showback and chargeback: every dollar assigned to an owner by direct attribution, rules or driver split, with unallocated cost shown apart.</source>
        <translation>Showback und Leistungsverrechnung: Jeder Dollar wird einem Eigentümer zugeordnet, direkt, über Regeln oder per treiberbasierter Aufteilung; nicht zugeordnete Kosten werden getrennt gezeigt.</translation>
    </message>
    <message>
        <source>How far the numbers can be trusted: source freshness, quarantined rows, unpriced and estimated events, and the readiness score with what to fix first.</source>
        <translation>Wie weit man den Zahlen trauen kann: Aktualität der Quellen, zurückgestellte Zeilen, Ereignisse ohne Preis oder mit geschätzten Werten, und der Bereitschaftswert mit dem, was zuerst zu beheben ist.</translation>
    </message>
    <message>
        <source>Chargeback, showback and invoice-dispute packs as PDF or CSV, printable and scheduled.</source>
        <translation>Leistungsverrechnungs-, Showback- und Rechnungsprüfungspakete als PDF oder CSV, druckbar und planbar.</translation>
    </message>
    <message>
        <source>%1 is included in the %2 plan and above; this workbench runs on the %3 plan. Help → Licence… shows your licence and loads a new one.</source>
        <translation>%1 ist im Tarif %2 und höher enthalten; diese Arbeitsumgebung läuft mit dem Tarif %3. Hilfe → Lizenz… zeigt Ihre Lizenz und lädt eine neue.</translation>
    </message>
    <message>
        <source>%1 is included in the %2 plan and above.</source>
        <translation>%1 ist im Tarif %2 und höher enthalten.</translation>
    </message>
</context>
<context>
    <name>costline::TabPage</name>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
</context>
</TS>
