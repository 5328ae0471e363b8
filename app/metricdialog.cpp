// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricdialog.h"

#include "document/document.h"
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
      m_critical(new QLineEdit(this)), m_direction(new QComboBox(this))
{
    for (const MetricDefinition &m : document->project().metrics)
        if (m.id == metricId) m_base = m;
    setWindowTitle(tr("Metric \"%1\"").arg(m_base.name));
    m_direction->addItem(tr("Higher is better"), true);
    m_direction->addItem(tr("Lower is better"), false);
    m_direction->setCurrentIndex(m_base.higherIsBetter ? 0 : 1);
    m_name->setText(m_base.name);
    m_unit->setText(m_base.unit);
    m_min->setText(shown(m_base.scaleMin));
    m_max->setText(shown(m_base.scaleMax));
    m_target->setText(shown(m_base.target));
    m_warning->setText(shown(m_base.warning));
    m_critical->setText(shown(m_base.critical));
    const QList<std::pair<QLineEdit *, const char *>> names{
        {m_name, "name"},     {m_unit, "unit"},       {m_min, "min"},          {m_max, "max"},
        {m_target, "target"}, {m_warning, "warning"}, {m_critical, "critical"}};
    for (const auto &[edit, name] : names) {
        edit->setObjectName(QLatin1String(name));
        if (edit != m_name && edit != m_unit) edit->setPlaceholderText(tr("not set"));
    }
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("Scale &from:"), m_min);
    form->addRow(tr("Scale &to:"), m_max);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("&Warning at:"), m_warning);
    form->addRow(tr("&Critical at:"), m_critical);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MetricDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
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
    m.higherIsBetter = m_direction->currentData().toBool();
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
        QMessageBox::warning(this, windowTitle(), m_document->lastError());
        return;
    }
    QDialog::accept();
}

} // namespace waymark
