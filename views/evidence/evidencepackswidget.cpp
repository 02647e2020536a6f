#include "views/evidence/evidencepackswidget.h"

#include "models/core/displaytext.h"
#include "models/core/format.h"
#include "models/core/labels.h"
#include "models/core/period.h"
#include "models/source/session.h"

#include "models/core/atomicfile.h"
#include "models/evidence/evidencepackmodel.h"
#include "views/evidence/evidencepackprint.h"
#include "views/widgets/actorpicker.h"
#include "views/widgets/combos.h"
#include "views/widgets/messagebanner.h"
#include "views/widgets/statedelegate.h"
#include "views/widgets/surfacestyle.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// A key of a stored document in words ("amount_sar" -> "Amount (SAR)"; an unknown key
// humanised); the raw key stays in the tooltip and in the JSON export.
QString keyWords(const QString &key)
{
    return Labels::known(Labels::Kind::ContentKey, key)
               ? Labels::text(Labels::Kind::ContentKey, key)
               : Labels::humanised(key);
}

// The JSON as a tree: objects and arrays expand, and their line reads as words (never "{3}");
// scalars show their value.
void addJson(QTreeWidgetItem *parent, const QString &key, const QJsonValue &v,
             const QString &rawKey = QString())
{
    auto *item = new QTreeWidgetItem(parent);
    item->setText(0, key);
    if (!rawKey.isEmpty())
        item->setToolTip(0, Labels::tooltip(Labels::Kind::ContentKey, rawKey));
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        item->setText(1, Labels::jsonText(o, 200));
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            addJson(item, keyWords(it.key()), it.value(), it.key());
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        item->setText(1, Labels::jsonText(a, 200));
        for (qsizetype i = 0; i < a.size(); ++i)
            addJson(item, QCoreApplication::translate("EvidencePacksWidget", "Item %L1").arg(i + 1),
                    a.at(i));
    } else {
        item->setText(1, Labels::jsonText(v, 2000));
    }
}

} // namespace

EvidencePacksWidget::EvidencePacksWidget(QWidget *parent)
    : SurfaceWidget(parent)
    , m_model(new EvidencePackModel(this))
    , m_title(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_counts(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_table(new QTableView(this))
    , m_packTitle(new QLabel(this))
    , m_integrity(new MessageBanner(this))
    , m_fields(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_actorLabel(new QLabel(this))
    , m_actor(new ActorPicker(WriteBack::deciderRoles(), this))
    , m_review(new QPushButton(this))
    , m_pdf(new QPushButton(this))
    , m_json(new QPushButton(this))
{
    setObjectName(QStringLiteral("surface-evidence-packs"));
    setRefreshBanner(m_banner);
    SurfaceStyle::heading(m_title);
    SurfaceStyle::heading(m_packTitle, 1.2);
    m_packTitle->setWordWrap(true);
    m_fields->setWordWrap(true);
    m_fields->setTextInteractionFlags(Qt::TextSelectableByMouse);
    SurfaceStyle::listTable(m_table, m_model);
    // The title gets room first; the hash (shown shortened) takes what is left.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EvidencePackModel::TitleColumn,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(EvidencePackModel::TitleColumn, 230);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_tree->setColumnCount(2);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setAlternatingRowColors(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EvidencePacksWidget::showPack);
    connect(m_type, &QComboBox::activated, this, &EvidencePacksWidget::refresh);
    connect(m_status, &QComboBox::activated, this, &EvidencePacksWidget::refresh);
    connect(m_review, &QPushButton::clicked, this, &EvidencePacksWidget::reviewSelected);
    setWriteControls({m_review});
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export pack as PDF"), QString(),
                                                          tr("PDF (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !exportPdf(path, &error))
            m_banner->showMessage(MessageBanner::Level::Error, error);
    });
    connect(m_json, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export pack as JSON"),
                                                          QString(), tr("JSON (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportJson(path, &error))
            m_banner->showMessage(MessageBanner::Level::Error, error);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_type);
    top->addWidget(m_status);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_packTitle);
    detailLayout->addWidget(m_integrity);
    detailLayout->addWidget(m_fields);
    detailLayout->addWidget(m_tree, 1);
    auto *review = new QHBoxLayout;
    review->addWidget(m_actorLabel);
    review->addWidget(m_actor, 1);
    review->addWidget(m_review);
    detailLayout->addLayout(review);
    auto *exports = new QHBoxLayout;
    exports->addStretch(1);
    exports->addWidget(m_pdf);
    exports->addWidget(m_json);
    detailLayout->addLayout(exports);
    auto *split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({620, 420});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_counts);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    retranslate();
    showPack();
}

void EvidencePacksWidget::setSession(const Session *session, const QDateTime &asOf)
{
    SurfaceWidget::setSession(session, asOf);
    m_list = EvidencePackList();
    m_model->setList(m_list);
    m_actor->clearActors(); // read with the next refresh, on the worker
    showPack();
}

EvidencePackList::Filter EvidencePacksWidget::filter() const
{
    return {m_type->currentData().toString(), m_status->currentData().toString()};
}

bool EvidencePacksWidget::refresh()
{
    m_banner->clearNotice(); // a review's outcome stays over the refresh after it
    if (!requireSource(m_session, m_banner)) {
        cancelRefresh(); // a refresh under way is never delivered
        m_list = EvidencePackList();
        m_model->setList(m_list);
        showPack();
        return false;
    }
    // Every pack is read and verified (both hashes) on the worker; the selected pack's detail
    // is then shown from the delivered list.
    const EvidencePackList::Filter f = filter();
    const QDateTime asOf = m_asOf;
    const QStringList roles = m_actor->roles();
    const bool needActors = m_actor->needsLoad(m_session);
    const QString tenant = m_session->tenantId();
    using Value = WithActors<EvidencePackList>;
    return runRefresh<Value>(
        [f, asOf, roles, needActors](const Session &s) -> Result<Value> {
            Value v;
            QString error;
            if (!EvidencePackList::compute(s, f, asOf, &v.value, &error))
                return Failure{error};
            v.actors = ActorPicker::read(s, roles, needActors);
            return v;
        },
        [this, tenant](const Value &v) {
            m_actor->take(tenant, v.actors);
            showList(v.value);
        });
}

void EvidencePacksWidget::showList(const EvidencePackList &l)
{
    const QString selected = currentPack() ? currentPack()->id : QString();
    m_list = l;
    m_model->setList(m_list);
    const QLocale loc;
    m_counts->setText(tr("%1 packs · %2 valid · %3 altered · %4 not signed · %5 unreadable")
                          .arg(loc.toString(l.packs.size()), loc.toString(l.valid),
                               loc.toString(l.altered), loc.toString(l.unsignedCount),
                               loc.toString(l.unreadable)));
    // After a review's outcome, when this list is the one read after it.
    if (!l.missingColumns.isEmpty())
        m_banner->showNotice(MessageBanner::Level::Warning,
                             tr("This source's evidence packs table lacks the columns: %1")
                                 .arg(l.missingColumns.join(QStringLiteral(", "))));
    else if (l.altered > 0)
        m_banner->showNotice(MessageBanner::Level::Error,
                             tr("%n pack(s) no longer match their signature.", "", l.altered));
    if (!selectPack(selected) && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    showPack();
}

bool EvidencePacksWidget::selectPack(const QString &id)
{
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

const EvidencePack *EvidencePacksWidget::currentPack() const
{
    return m_model->pack(m_table->currentIndex().row());
}

void EvidencePacksWidget::showPack()
{
    const EvidencePack *p = currentPack();
    m_tree->clear();
    m_review->setEnabled(!isWriting() && p && p->integrity == EvidencePack::Integrity::Valid &&
                         p->status != QLatin1String("reviewed") &&
                         p->status != QLatin1String("archived"));
    m_pdf->setEnabled(p);
    m_json->setEnabled(p);
    if (!p) {
        m_packTitle->setText(tr("No pack selected"));
        m_integrity->clearMessage();
        m_fields->clear();
        return;
    }
    m_packTitle->setText(DisplayText::isolate(EvidencePackModel::titleOf(*p)));
    const QString hashes = tr("Stored SHA-256: %1\nComputed SHA-256: %2")
                               .arg(p->storedHash.isEmpty() ? tr("none") : p->storedHash,
                                    p->computedHash.isEmpty() ? tr("none") : p->computedHash);
    m_integrity->showMessage(
        p->integrity == EvidencePack::Integrity::Valid     ? MessageBanner::Level::Info
        : p->integrity == EvidencePack::Integrity::Altered ? MessageBanner::Level::Error
                                                           : MessageBanner::Level::Warning,
        p->integrityText() + u'\n' + hashes);
    const QTimeZone zone = Periods::zone(m_session ? m_session->tenant().timeZone : QByteArray());
    auto time = [&zone](const QDateTime &t) {
        return t.isValid() ? Format::dateTime(t, zone) : tr("—");
    };
    m_fields->setText(
        tr("Type: %1 · Status: %2\nCreated: %3 · Assembled by: %4\nReviewed by: %5 "
           "at %6")
            .arg(EvidencePackModel::typeText(p->packType), EvidencePackModel::statusText(p->status),
                 time(p->createdAt),
                 p->assembledBy.isEmpty() ? tr("—") : DisplayText::isolate(p->assembledBy),
                 p->reviewedBy.isEmpty() ? tr("—") : DisplayText::isolate(p->reviewedBy),
                 time(p->reviewedAt)));
    const QJsonObject json = p->toJson(true);
    auto *contents = new QTreeWidgetItem(m_tree, {tr("Contents")});
    const QJsonValue c = json.value(QStringLiteral("contents"));
    if (c.isArray()) {
        const QJsonArray items = c.toArray();
        contents->setText(1, tr("%n item(s)", "", int(items.size())));
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            const QString type = item.value(QStringLiteral("type")).toString();
            addJson(contents,
                    tr("%1 · %2").arg(
                        Labels::known(Labels::Kind::ContentKey, type)
                            ? Labels::text(Labels::Kind::ContentKey, type)
                            : DisplayText::isolate(type),
                        DisplayText::isolate(item.value(QStringLiteral("source")).toString())),
                    items.at(i));
        }
    } else {
        addJson(contents, tr("value"), c);
    }
    auto *meta = new QTreeWidgetItem(m_tree, {tr("Metadata")});
    addJson(meta, tr("metadata"), json.value(QStringLiteral("metadata")));
    contents->setExpanded(true);
    for (int i = 0; i < contents->childCount(); ++i)
        contents->child(i)->setExpanded(true);
}

QString EvidencePacksWidget::reviewSelected()
{
    const EvidencePack *p = currentPack();
    if (!p) {
        m_banner->showMessage(MessageBanner::Level::Info, tr("Select a pack first."));
        return m_banner->text();
    }
    const QString id = p->id;
    return m_actor->act(m_session, m_banner, [&](const TenantActor &actor) {
        const WriteOutcome o = runWrite(
            m_banner,
            [id, actor](const Session &session) {
                const EvidencePackReviewer::Result r =
                    EvidencePackReviewer::review(session, id, actor);
                const bool done = r.outcome == EvidencePackReviewer::Outcome::Done;
                return WriteOutcome{done, r.message, done};
            },
            [this, id](const WriteOutcome &) {
                refresh();
                selectPack(id);
            });
        return ActorPicker::Outcome{o.ok, o.message};
    });
}

bool EvidencePacksWidget::exportPdf(const QString &path, QString *error) const
{
    const EvidencePack *p = currentPack();
    if (!m_session || !p) {
        *error = tr("Select a pack first.");
        return false;
    }
    return EvidencePackPrint::writePdf(*m_session, *p, path, QString(), error);
}

bool EvidencePacksWidget::exportJson(const QString &path, QString *error) const
{
    const EvidencePack *p = currentPack();
    if (!p || !m_session) {
        *error = tr("Select a pack first.");
        return false;
    }
    return AtomicFile::write(path, EvidencePackPrint::json(*p, *m_session), error);
}

QByteArray EvidencePacksWidget::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << qint32(1) << m_type->currentData().toString() << m_status->currentData().toString();
    return state;
}

void EvidencePacksWidget::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    qint32 version = 0;
    QString type;
    QString status;
    in >> version >> type >> status;
    if (version != 1 || in.status() != QDataStream::Ok)
        return;
    m_type->setCurrentIndex(std::max(0, m_type->findData(type)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
}

void EvidencePacksWidget::retranslate()
{
    m_title->setText(tr("Evidence Packs"));
    QList<std::pair<QString, QString>> types{{QString(), tr("All types")}};
    for (const QString &t : EvidencePackList::packTypes())
        types.append({t, EvidencePackModel::typeText(t)});
    Combos::fill(m_type, types);
    QList<std::pair<QString, QString>> statuses{{QString(), tr("All statuses")}};
    for (const QString &s : EvidencePackList::statuses())
        statuses.append({s, EvidencePackModel::statusText(s)});
    Combos::fill(m_status, statuses);
    m_tree->setHeaderLabels({tr("Item"), tr("Value")});
    m_actorLabel->setText(tr("Acting as:"));
    m_review->setText(tr("Mark reviewed"));
    m_pdf->setText(tr("Pack PDF…"));
    m_json->setText(tr("Pack JSON…"));
    m_model->retranslate();
    showPack();
}
