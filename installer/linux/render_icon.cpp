// Build-time helper: renders the application's SVG icon to PNG at the sizes the hicolor theme wants.
// Usage: tafel_render_icon IN.svg SIZE OUT.png
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: tafel_render_icon IN.svg SIZE OUT.png\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    bool ok = false;
    const int size = args.at(2).toInt(&ok);
    if (!svg.isValid() || !ok || size < 8 || size > 1024) {
        std::fprintf(stderr, "tafel_render_icon: cannot render %s at %s\n", qPrintable(args.at(1)), qPrintable(args.at(2)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
    }
    if (!image.save(args.at(3), "PNG")) {
        std::fprintf(stderr, "tafel_render_icon: cannot write %s\n", qPrintable(args.at(3)));
        return 1;
    }
    return 0;
}
