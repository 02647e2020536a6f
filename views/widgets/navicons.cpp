#include "views/widgets/navicons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace {

// Renders the SVG at the pixel size asked and paints it in the palette's colour for the mode.
class TintedSvgEngine : public QIconEngine
{
public:
    explicit TintedSvgEngine(const QString &path)
        : m_path(path)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size() * dpr, mode, state, dpr));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // size is in device pixels (QIcon::pixmap passes the logical size × scale).
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QSize pixels = size;
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QSvgRenderer renderer(m_path);
        if (!renderer.isValid() || pixels.isEmpty())
            return {};
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            renderer.render(&p, QRectF(QPointF(0, 0), QSizeF(pixels)));
            p.setCompositionMode(QPainter::CompositionMode_SourceIn);
            const QPalette palette = QGuiApplication::palette();
            const QColor colour = mode == QIcon::Selected ? palette.color(QPalette::HighlightedText)
                                  : mode == QIcon::Disabled
                                      ? palette.color(QPalette::Disabled, QPalette::WindowText)
                                      : palette.color(QPalette::WindowText);
            p.fillRect(image.rect(), colour);
        }
        QPixmap out = QPixmap::fromImage(image);
        out.setDevicePixelRatio(scale);
        return out;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new TintedSvgEngine(m_path); }
    QString key() const override { return QStringLiteral("DealixTintedSvg"); }
    bool isNull() override { return !QSvgRenderer(m_path).isValid(); }

private:
    QString m_path;
};

} // namespace

namespace NavIcons {

QString path(const QString &surfaceId)
{
    return QStringLiteral(":/icons/%1.svg").arg(surfaceId);
}

QIcon surface(const QString &surfaceId)
{
    return QIcon(new TintedSvgEngine(path(surfaceId)));
}

QIcon application()
{
    // Full colour: the SVG icon engine draws it at every size.
    return QIcon(QStringLiteral(":/icons/dealix-desk.svg"));
}

} // namespace NavIcons
