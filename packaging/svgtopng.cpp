// Renders the application icon's SVG to the PNG sizes the icon theme wants, at build time:
// svgtopng IN.svg OUT.png SIZE. Qt's own SVG renderer, so the build needs no other tool.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    if (argc != 4) {
        QTextStream(stderr) << "usage: svgtopng IN.svg OUT.png SIZE" << Qt::endl;
        return 2;
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QString in = QString::fromLocal8Bit(argv[1]);
    const QString out = QString::fromLocal8Bit(argv[2]);
    bool ok = false;
    const int size = QByteArray(argv[3]).toInt(&ok);
    QSvgRenderer svg(in);
    if (!svg.isValid() || !ok || size <= 0) {
        QTextStream(stderr) << "svgtopng: cannot render " << in << Qt::endl;
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    if (!image.save(out, "PNG")) {
        QTextStream(stderr) << "svgtopng: cannot write " << out << Qt::endl;
        return 1;
    }
    return 0;
}
