// Renders the scalable application icon to the PNG sizes desktops look up in the hicolor theme,
// so the PNGs in the package always match the SVG.
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    // No application object: painting an SVG without text onto a QImage needs no platform plugin.
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: costline-icon-render ICON.svg SIZE OUT.png\n");
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    const int size = args.at(2).toInt();
    if (!renderer.isValid() || size <= 0) {
        std::fprintf(stderr, "costline-icon-render: cannot render %s at size %s\n", qPrintable(args.at(1)),
                     qPrintable(args.at(2)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    if (!image.save(args.at(3))) {
        std::fprintf(stderr, "costline-icon-render: cannot write %s\n", qPrintable(args.at(3)));
        return 1;
    }
    return 0;
}
