// The reference for the start-up benchmark: the smallest Qt Widgets program that shows a main
// window, quitting after its first paint, exactly as dealix-desk --quit-after-paint does.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

namespace {
class FirstPaint : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QCoreApplication::quit(); // leave at once: later posted work is not the first screen
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.installEventFilter(new FirstPaint(&window));
    window.resize(1280, 800);
    window.show();
    return app.exec();
}
