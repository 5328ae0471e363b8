// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricdialog.h"

#include "document/document.h"
#include "io/metricrecognition.h"
#include "io/numberparse.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>

namespace waymark {

namespace {
QString shown(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v, 'g', 12) : QString();
}
// The user's locale decides the decimal mark.
NumberParse::DecimalMark localeMark()
{
    return QLocale().decimalPoint() == QStringLiteral(",") ? NumberParse::DecimalMark::Comma
                                                           : NumberParse::DecimalMark::Point;
}
} // namespace

MetricDialog::MetricDialog(Document *document, const Id &metricId, QWidget *parent)
    : QDialog(parent), m_document(document), m_name(new QLineEdit(this)),
      m_unit(new QLineEdit(this)), m_min(new QLineEdit(this)), m_max(new QLineEdit(this)),
      m_target(new QLineEdit(this)), m_warning(new QLineEdit(this)),
      m_critical(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_direction(new QComboBox(this)), m_convention(new QComboBox(this))
{
    for (const MetricDefinition &m : document->project().metrics)
        if (m.id == metricId) m_base = m;
    setWindowTitle(tr("Metric \"%1\"").arg(m_base.name));
    m_kind->addItem(MetricRecognition::kindName(QString()), QString());
    for (const QString &k : MetricRecognition::kinds())
        m_kind->addItem(MetricRecognition::kindName(k), k);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_direction->setObjectName(QStringLiteral("direction"));
    m_direction->addItem(tr("Higher is better"), 1);
    m_direction->addItem(tr("Lower is better"), 0);
    m_direction->addItem(tr("Not set: show, but do not judge"), -1);
    m_convention->setObjectName(QStringLiteral("convention"));
    m_convention->addItem(tr("CES 2.0: agreement from 1 to 7 (\"made it easy\"), higher is better"),
                          true);
    m_convention->addItem(tr("Effort scale: 1 to 5 (\"how much effort\"), lower is better"), false);
    const QList<std::pair<QLineEdit *, const char *>> names{
        {m_name, "name"},     {m_unit, "unit"},       {m_min, "min"},          {m_max, "max"},
        {m_target, "target"}, {m_warning, "warning"}, {m_critical, "critical"}};
    for (const auto &[edit, name] : names) {
        edit->setObjectName(QLatin1String(name));
        if (edit != m_name && edit != m_unit) edit->setPlaceholderText(tr("not set"));
    }
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("&Convention:"), m_convention);
    form->addRow(tr("Scale &from:"), m_min);
    form->addRow(tr("Scale &to:"), m_max);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("&Warning at:"), m_warning);
    form->addRow(tr("C&ritical at:"), m_critical);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MetricDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    display(m_base);
    connect(m_direction, &QComboBox::activated, this, &MetricDialog::directionChosen);
    connect(m_convention, &QComboBox::activated, this, &MetricDialog::conventionChosen);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, form] {
        form->setRowVisible(m_convention, m_kind->currentData().toString() == u"ces");
    });
    form->setRowVisible(m_convention, m_base.kind == u"ces");
}

void MetricDialog::display(const MetricDefinition &m)
{
    m_name->setText(m.name);
    m_unit->setText(m.unit);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(m.kind)));
    m_direction->setCurrentIndex(!m.directionKnown ? 2 : m.higherIsBetter ? 0 : 1);
    m_convention->setCurrentIndex(MetricRecognition::isCes20(m) ? 0 : 1);
    m_min->setText(shown(m.scaleMin));
    m_max->setText(shown(m.scaleMax));
    m_target->setText(shown(m.target));
    m_warning->setText(shown(m.warning));
    m_critical->setText(shown(m.critical));
}

void MetricDialog::directionChosen()
{
    const int way = m_direction->currentData().toInt();
    if (way < 0) return;
    MetricDefinition current = metric();
    if (current.kind == u"ces") {
        display(MetricRecognition::cesConvention(current, way == 1));
        return;
    }
    if (current.warning || current.critical) return; // the user's thresholds stay
    // Thresholds that fit the direction, from the scale or the metric's values.
    ValueStats stats;
    for (const Observation &o : m_document->project().observations)
        if (o.metricId == m_base.id) stats.add({o.value, false, false});
    current.directionKnown = false;
    display(MetricRecognition::withDirection(current, way == 1, stats));
}

void MetricDialog::conventionChosen()
{
    display(MetricRecognition::cesConvention(metric(), m_convention->currentData().toBool()));
}

QLineEdit *MetricDialog::field(const QString &name) const
{
    return findChild<QLineEdit *>(name);
}

MetricDefinition MetricDialog::metric() const
{
    MetricDefinition m = m_base;
    m.name = m_name->text().trimmed();
    m.unit = m_unit->text().trimmed();
    m.kind = m_kind->currentData().toString();
    const int way = m_direction->currentData().toInt();
    m.directionKnown = way >= 0;
    if (way >= 0) m.higherIsBetter = way == 1;
    auto read = [](const QLineEdit *e) -> std::optional<double> {
        const auto v = NumberParse::parse(e->text(), localeMark());
        return v ? std::optional<double>(v->number) : std::nullopt;
    };
    m.scaleMin = read(m_min);
    m.scaleMax = read(m_max);
    m.target = read(m_target);
    m.warning = read(m_warning);
    m.critical = read(m_critical);
    return m;
}

void MetricDialog::accept()
{
    // A number field that is not empty must read as a number.
    for (QLineEdit *e : {m_min, m_max, m_target, m_warning, m_critical})
        if (!e->text().trimmed().isEmpty() && !NumberParse::parse(e->text(), localeMark())) {
            QMessageBox::warning(this, windowTitle(), tr("\"%1\" is not a number.").arg(e->text()));
            e->setFocus();
            return;
        }
    if (!m_document->changeMetric(metric())) {
        QMessageBox::warning(this, windowTitle(), m_document->refusalReason());
        return;
    }
    QDialog::accept();
}

} // namespace waymark
