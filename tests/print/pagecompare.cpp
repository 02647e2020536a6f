// pagecompare A.png B.png MAX: compares two rasterised pages picture by picture (the printed
// page against the pack's own: text does not survive the print service's PostScript round
// trip, so the pictures are compared, not the text).
//
// Both pages are turned to grey and shrunk to a tenth of their width (an area average): a
// glyph drawn a pixel to the side, or with other anti-aliasing, after the round trip changes
// the shrunk picture little; a different page (other words, other tables, other chart)
// changes it much. Prints the mean absolute difference of the shrunk pictures (0 to 255) and
// exits 0 when it is at most MAX, 1 when it is larger, 2 when the pages cannot be compared
// (unreadable, or not the same size: the same paper at the same resolution gives the same
// size).
#include <QImage>

#include <algorithm>
#include <cmath>
#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: pagecompare A.png B.png MAX\n");
        return 2;
    }
    const QImage a(QString::fromLocal8Bit(argv[1]));
    const QImage b(QString::fromLocal8Bit(argv[2]));
    bool ok = false;
    const double max = QString::fromLocal8Bit(argv[3]).toDouble(&ok);
    if (a.isNull() || b.isNull() || !ok) {
        std::fprintf(stderr, "pagecompare: cannot read %s or %s (or MAX)\n", argv[1], argv[2]);
        return 2;
    }
    if (a.size() != b.size()) {
        std::fprintf(stderr, "pagecompare: the pages differ in size (%dx%d, %dx%d)\n", a.width(),
                     a.height(), b.width(), b.height());
        return 2;
    }
    const QSize small(std::max(1, a.width() / 10), std::max(1, a.height() / 10));
    const QImage sa = a.convertToFormat(QImage::Format_Grayscale8)
                          .scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage sb = b.convertToFormat(QImage::Format_Grayscale8)
                          .scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    double sum = 0;
    for (int y = 0; y < small.height(); ++y) {
        const uchar *ra = sa.constScanLine(y);
        const uchar *rb = sb.constScanLine(y);
        for (int x = 0; x < small.width(); ++x)
            sum += std::abs(int(ra[x]) - int(rb[x]));
    }
    const double mean = sum / (double(small.width()) * small.height());
    std::printf("%.3f\n", mean);
    return mean <= max ? 0 : 1;
}
