// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasedialog.h"

#include "analytics/flow.h"
#include "analytics/journeymetrics.h"
#include "document/document.h"
#include "eventlogdialog.h"
#include "io/keychain.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace waymark {

namespace {

void fillColumns(QComboBox *box, const QStringList &names, bool optional)
{
    const QString current = box->currentText();
    box->clear();
    if (optional) box->addItem(DatabaseDialog::tr("(none)"), QString());
    for (const QString &n : names)
        box->addItem(n, n);
    const int i = box->findData(current);
    if (i >= 0) box->setCurrentIndex(i);
}

void choose(QComboBox *box, const QString &name)
{
    const int i = box->findData(name);
    if (i >= 0) box->setCurrentIndex(i);
}

} // namespace

DatabaseDialog::DatabaseDialog(Document *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_url(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("Keep in the system &keychain"), this)),
      m_keychainNote(new QLabel(this)), m_connect(new QPushButton(tr("Co&nnect"), this)),
      m_readColumns(new QPushButton(tr("&Read Columns"), this)),
      m_compute(new QPushButton(tr("Co&mpute"), this)),
      m_import(new QPushButton(tr("&Import..."), this)),
      m_copy(new QPushButton(tr("Cop&y SQL"), this)),
      m_useTable(new QRadioButton(tr("&Table or view:"), this)),
      m_useQuery(new QRadioButton(tr("&SELECT:"), this)), m_table(new QComboBox(this)),
      m_query(new QPlainTextEdit(this)), m_sql(new QPlainTextEdit(this)),
      m_case(new QComboBox(this)), m_time(new QComboBox(this)), m_activity(new QComboBox(this)),
      m_segment(new QComboBox(this)), m_order(new QComboBox(this)),
      m_lifecycle(new QComboBox(this)), m_fromOn(new QCheckBox(tr("&From:"), this)),
      m_toOn(new QCheckBox(tr("Unti&l:"), this)), m_from(new QDateTimeEdit(this)),
      m_to(new QDateTimeEdit(this)), m_zone(new QComboBox(this)), m_period(new QComboBox(this)),
      m_journey(new QComboBox(this)), m_timeout(new QSpinBox(this)), m_summary(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_tick(new QTimer(this))
{
    setWindowTitle(tr("Import Events from Database"));
    setObjectName(QStringLiteral("databaseDialog"));
    m_url->setObjectName(QStringLiteral("databaseUrl"));
    m_password->setObjectName(QStringLiteral("databasePassword"));
    m_connect->setObjectName(QStringLiteral("connectDatabase"));
    m_readColumns->setObjectName(QStringLiteral("readColumns"));
    m_compute->setObjectName(QStringLiteral("computeFigures"));
    m_import->setObjectName(QStringLiteral("importFigures"));
    m_copy->setObjectName(QStringLiteral("copySql"));
    m_table->setObjectName(QStringLiteral("databaseTable"));
    m_query->setObjectName(QStringLiteral("databaseQuery"));
    m_sql->setObjectName(QStringLiteral("databaseSql"));
    m_case->setObjectName(QStringLiteral("caseColumn"));
    m_time->setObjectName(QStringLiteral("timeColumn"));
    m_activity->setObjectName(QStringLiteral("activityColumn"));
    m_segment->setObjectName(QStringLiteral("segmentColumn"));
    m_order->setObjectName(QStringLiteral("orderColumn"));
    m_lifecycle->setObjectName(QStringLiteral("lifecycleColumn"));
    m_summary->setObjectName(QStringLiteral("databaseSummary"));
    m_zone->setObjectName(QStringLiteral("timeZone"));
    m_period->setObjectName(QStringLiteral("periodCut"));

    m_url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database"));
    m_url->setToolTip(tr("The database's address: postgresql://user@host:port/database, with "
                         "?sslmode=require (or verify-full) for an encrypted connection. It is "
                         "kept in the project with the import, without the password."));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setForegroundRole(QPalette::PlaceholderText);
    if (Keychain::isBuiltIn()) {
        m_password->setPlaceholderText(tr("from the keychain or ~/.pgpass when empty"));
        m_password->setToolTip(tr("Never stored in the project. When empty, the password kept "
                                  "in the system keychain for this address is used, else "
                                  "~/.pgpass (or PGPASSFILE, PGPASSWORD)."));
        m_remember->setToolTip(
            tr("Once the database accepts the password typed here, keep it in the system "
               "keychain for this address. Unchecked, a kept password is forgotten at the next "
               "connection."));
        if (!Keychain::isReachable()) {
            m_remember->setEnabled(false);
            m_remember->setToolTip(Keychain::whyUnreachable());
        }
    } else {
        m_remember->hide();
        m_password->setPlaceholderText(tr("from ~/.pgpass when empty"));
        m_password->setToolTip(tr("Used for this session only, never stored. When empty, the "
                                  "password comes from ~/.pgpass (or PGPASSFILE, PGPASSWORD)."));
    }
    m_table->setEditable(true);
    m_table->setInsertPolicy(QComboBox::NoInsert);
    m_table->setMinimumContentsLength(18);
    m_useTable->setChecked(true);
    m_query->setPlaceholderText(tr("SELECT ... FROM ... (read only)"));
    m_query->setTabChangesFocus(true);
    m_query->setMaximumHeight(70);
    m_query->setEnabled(false);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_query->setFont(fixed);
    m_sql->setFont(fixed);
    m_sql->setReadOnly(true);
    m_sql->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_sql->setAccessibleName(tr("The SQL that computes the figures"));
    m_sql->setToolTip(tr("This SELECT runs on the server; only its aggregates come back. "
                         ":from, :to, :zone and :stages are bound parameters."));
    for (QComboBox *b : {m_case, m_time, m_activity, m_segment, m_order, m_lifecycle})
        b->setMinimumContentsLength(14);
    m_order->setToolTip(tr("Orders events at the same time within a case (an event id or a "
                           "line number); without one, such events are ordered by activity "
                           "name."));
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setEnabled(false);
    }
    const QDate today = QDate::currentDate();
    m_from->setDateTime(QDateTime(today.addMonths(-3), QTime(0, 0)));
    m_to->setDateTime(QDateTime(today.addDays(1), QTime(0, 0)));
    EventLogDialog::fillZoneAndPeriod(m_zone, m_period);
    m_zone->setToolTip(tr("Times stored without zone (timestamp, date) are read in this zone, "
                          "and the time window too; the periods are cut in it."));
    for (const Journey &j : document->project().journeys)
        m_journey->addItem(j.name);
    for (int i = 0; i < document->project().journeys.size(); ++i)
        if (document->project().journeys[i].id == document->currentJourneyId())
            m_journey->setCurrentIndex(i);
    m_timeout->setRange(0, 24 * 3600);
    m_timeout->setSpecialValueText(tr("no limit"));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(600);
    m_timeout->setToolTip(tr("The server stops the computation after this time."));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(12);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_import->setEnabled(false);
    m_import->setDefault(true);

    // Left: where and what; right: which column is which, and how to cut.
    auto *where = new QGroupBox(tr("Database"), this);
    auto *whereForm = new QFormLayout(where);
    whereForm->addRow(tr("A&ddress:"), m_url);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_connect);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    whereForm->addRow(passwordLabel, passwordRow);
    if (Keychain::isBuiltIn()) {
        auto *keychainRow = new QHBoxLayout;
        keychainRow->addWidget(m_remember);
        keychainRow->addWidget(m_keychainNote, 1);
        whereForm->addRow(QString(), keychainRow);
    }
    whereForm->addRow(m_useTable, m_table);
    whereForm->addRow(m_useQuery, m_query);
    auto *columnsRow = new QHBoxLayout;
    columnsRow->addStretch(1);
    columnsRow->addWidget(m_readColumns);
    whereForm->addRow(columnsRow);
    auto *windowRow = new QHBoxLayout;
    windowRow->addWidget(m_fromOn);
    windowRow->addWidget(m_from, 1);
    windowRow->addWidget(m_toOn);
    windowRow->addWidget(m_to, 1);
    whereForm->addRow(tr("Time window:"), windowRow);
    auto *limitRow = new QHBoxLayout;
    limitRow->addWidget(m_timeout);
    limitRow->addStretch(1);
    whereForm->addRow(tr("Time limit:"), limitRow);

    auto *what = new QGroupBox(tr("Columns"), this);
    auto *whatForm = new QFormLayout(what);
    whatForm->addRow(tr("&Case (customer, session):"), m_case);
    whatForm->addRow(tr("T&ime:"), m_time);
    whatForm->addRow(tr("&Activity (touchpoint):"), m_activity);
    whatForm->addRow(tr("Se&gment:"), m_segment);
    whatForm->addRow(tr("&Order of ties:"), m_order);
    whatForm->addRow(tr("Lif&ecycle:"), m_lifecycle);
    whatForm->addRow(tr("Times without &zone:"), m_zone);
    whatForm->addRow(tr("Cut &by period:"), m_period);
    whatForm->addRow(tr("F&unnel of:"), m_journey);

    auto *top = new QHBoxLayout;
    top->addWidget(where, 3);
    top->addWidget(what, 2);
    auto *sqlRow = new QHBoxLayout;
    auto *sqlLabel = new QLabel(tr("SQL run on the server:"), this);
    sqlRow->addWidget(sqlLabel, 1);
    sqlRow->addWidget(m_copy);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_compute, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(sqlRow);
    layout->addWidget(m_sql, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(980, 640);

    // The last database import of this project, to start from.
    for (auto it = m_document->project().imports.crbegin();
         it != m_document->project().imports.crend(); ++it) {
        const QJsonObject json =
            QJsonDocument::fromJson(it->mapping.toUtf8()).object().value(QStringLiteral("database")).toObject();
        if (json.isEmpty()) continue;
        EventDatabase d;
        const EventSqlSource s = EventSqlSource::fromJson(json, &d);
        m_url->setText(d.url());
        (s.table.isEmpty() ? m_useQuery : m_useTable)->setChecked(true);
        m_table->setEditText(s.table);
        m_query->setPlainText(s.query);
        const QStringList names{s.caseColumn, s.timeColumn, s.activityColumn, s.segmentColumn,
                                s.orderColumn, s.lifecycleColumn};
        QStringList known;
        for (const QString &n : names)
            if (!n.isEmpty() && !known.contains(n)) known.append(n);
        fillColumns(m_case, known, false);
        fillColumns(m_time, known, false);
        fillColumns(m_activity, known, false);
        fillColumns(m_segment, known, true);
        fillColumns(m_order, known, true);
        fillColumns(m_lifecycle, known, true);
        choose(m_case, s.caseColumn);
        choose(m_time, s.timeColumn);
        choose(m_activity, s.activityColumn);
        choose(m_segment, s.segmentColumn);
        choose(m_order, s.orderColumn);
        choose(m_lifecycle, s.lifecycleColumn);
        break;
    }
    m_query->setEnabled(m_useQuery->isChecked());
    m_table->setEnabled(m_useTable->isChecked());

    connect(m_connect, &QPushButton::clicked, this, &DatabaseDialog::connectToDatabase);
    connect(m_url, &QLineEdit::returnPressed, this, &DatabaseDialog::connectToDatabase);
    connect(m_readColumns, &QPushButton::clicked, this, &DatabaseDialog::readColumns);
    connect(m_compute, &QPushButton::clicked, this, &DatabaseDialog::compute);
    connect(m_import, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DatabaseDialog::reject);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_sql->toPlainText()); });
    connect(m_useTable, &QRadioButton::toggled, this, [this](bool on) {
        m_table->setEnabled(on);
        m_query->setEnabled(!on);
        updateSql();
    });
    connect(m_table, &QComboBox::activated, this, [this] { readColumns(); });
    connect(m_tick, &QTimer::timeout, this, [this] {
        m_summary->setText(tr("%1 (%2 s)").arg(m_running).arg(m_clock.elapsed() / 1000));
    });
    const auto changed = [this] {
        m_analysis.reset();
        m_import->setEnabled(false);
        updateSql();
    };
    for (QComboBox *b : {m_case, m_time, m_activity, m_segment, m_order, m_lifecycle, m_period,
                         m_journey, m_zone})
        connect(b, &QComboBox::currentIndexChanged, this, changed);
    connect(m_table, &QComboBox::editTextChanged, this, changed);
    connect(m_query, &QPlainTextEdit::textChanged, this, changed);
    for (QCheckBox *c : {m_fromOn, m_toOn})
        connect(c, &QCheckBox::toggled, this, [this, changed] {
            m_from->setEnabled(m_fromOn->isChecked());
            m_to->setEnabled(m_toOn->isChecked());
            changed();
        });
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, changed);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, changed);
    updateSql();
}

DatabaseDialog::~DatabaseDialog()
{
    if (m_thread) {
        m_control->cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

std::optional<EventDatabase> DatabaseDialog::database(QString *error) const
{
    auto d = EventDatabase::fromUrl(m_url->text(), error);
    if (!d) return std::nullopt;
    if (!m_password->text().isEmpty())
        d->password = m_password->text();
    else if (d->password.isEmpty() && m_keptFor == d->url())
        d->password = m_keptPassword;
    d->statementTimeout = m_timeout->value();
    return d;
}

EventSqlSource DatabaseDialog::source() const
{
    EventSqlSource s;
    if (m_useTable->isChecked())
        s.table = m_table->currentText().trimmed();
    else
        s.query = m_query->toPlainText().trimmed();
    s.caseColumn = m_case->currentData().toString();
    s.timeColumn = m_time->currentData().toString();
    s.activityColumn = m_activity->currentData().toString();
    s.segmentColumn = m_segment->currentData().toString();
    s.orderColumn = m_order->currentData().toString();
    s.lifecycleColumn = m_lifecycle->currentData().toString();
    const QTimeZone zone(m_zone->currentText().trimmed().toUtf8());
    const QTimeZone in = zone.isValid() ? zone : QTimeZone::utc();
    if (m_fromOn->isChecked())
        s.from = QDateTime(m_from->date(), m_from->time(), in);
    if (m_toOn->isChecked()) s.to = QDateTime(m_to->date(), m_to->time(), in);
    return s;
}

const Journey *DatabaseDialog::journey() const
{
    const int j = m_journey->currentIndex();
    const auto &journeys = m_document->project().journeys;
    return j >= 0 && j < journeys.size() ? &journeys[j] : nullptr;
}

EventLogOptions DatabaseDialog::options() const
{
    EventLogOptions o;
    const QTimeZone zone(m_zone->currentText().trimmed().toUtf8());
    if (zone.isValid()) o.zone = zone;
    fromKey(m_period->currentData().toString(), &o.period);
    if (const Journey *j = journey()) JourneyMetrics::setStages(m_document->project(), *j, &o);
    return o;
}

QString DatabaseDialog::sqlText() const
{
    return m_sql->toPlainText();
}

void DatabaseDialog::updateSql()
{
    const EventSqlSource s = source();
    if ((s.table.isEmpty() && s.query.isEmpty()) || s.caseColumn.isEmpty() ||
        s.timeColumn.isEmpty() || s.activityColumn.isEmpty()) {
        m_sql->setPlainText(tr("-- Connect, choose a table or write a SELECT, and the columns: "
                               "the SQL that computes the figures appears here."));
        m_compute->setEnabled(false);
        m_copy->setEnabled(false);
        return;
    }
    m_sql->setPlainText(EventSql::sql(s, options()) + u';');
    m_compute->setEnabled(!m_thread);
    m_copy->setEnabled(true);
}

void DatabaseDialog::showError(const QString &text)
{
    m_summary->setText(text);
    m_summary->setStyleSheet(QStringLiteral("color: #b2182b"));
}

void DatabaseDialog::run(const QString &what, std::function<QString()> work,
                         std::function<void()> done)
{
    if (m_thread) return;
    m_running = what;
    m_done = std::move(done);
    m_error = std::make_shared<QString>();
    m_thread = QThread::create([work = std::move(work), error = m_error] { *error = work(); });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_tick->stop();
        m_progress->hide();
        for (QWidget *w : std::initializer_list<QWidget *>{m_connect, m_readColumns})
            w->setEnabled(true);
        m_summary->setStyleSheet(QString());
        const bool ok = m_error->isEmpty();
        if (ok) {
            m_summary->clear();
            if (m_done) m_done();
        } else {
            showError(*m_error);
        }
        updateSql();
        emit finished(ok);
    }, Qt::QueuedConnection);
    for (QWidget *w : std::initializer_list<QWidget *>{m_connect, m_readColumns, m_compute})
        w->setEnabled(false);
    m_import->setEnabled(false);
    m_summary->setStyleSheet(QString());
    m_summary->setText(what);
    m_progress->show();
    m_clock.start();
    m_tick->start(500);
    m_thread->start();
}

void DatabaseDialog::connectToDatabase()
{
    QString error;
    auto address = EventDatabase::fromUrl(m_url->text(), &error);
    if (!address) return showError(error);
    // No password typed or in the address: the one the keychain keeps for it, if any.
    bool fromKeychain = false;
    if (m_password->text().isEmpty() && address->password.isEmpty() && Keychain::isReachable() &&
        m_keptFor != address->url()) {
        m_keptFor.clear();
        if (const auto kept = Keychain::read(address->url(), &error)) {
            m_keptPassword = *kept;
            m_keptFor = address->url();
            m_remember->setChecked(true);
        }
    }
    const auto d = database(&error);
    if (!d) return showError(error);
    m_keychainNote->clear();
    fromKeychain = m_password->text().isEmpty() && m_keptFor == d->url();
    if (fromKeychain)
        connect(
            this, &DatabaseDialog::finished, this,
            [this](bool ok) {
                if (ok) return;
                m_keptFor.clear(); // asked again next time
                showError(m_summary->text() + u' ' +
                          tr("(The password kept in the system keychain was used: type the "
                             "right one to replace it.)"));
            },
            Qt::SingleShotConnection);
    m_tables = std::make_shared<std::optional<QStringList>>();
    run(
        tr("Connecting to %1...").arg(d->url()),
        [d = *d, out = m_tables] {
            QString e;
            *out = EventSql::tables(d, &e);
            return e;
        },
        [this, accepted = *d, fromKeychain] {
            const QString current = m_table->currentText();
            m_table->clear();
            m_table->addItems(**m_tables);
            m_table->setEditText(current);
            if (current.isEmpty() && !m_tables->value().isEmpty()) m_table->setCurrentIndex(0);
            m_summary->setText(tr("Connected: %n table(s) and view(s).", nullptr,
                                  int(m_tables->value().size())));
            const QString kept = keepOrForgetPassword(accepted);
            m_keychainNote->setText(!kept.isEmpty() ? kept
                                    : fromKeychain
                                        ? tr("The password came from the system keychain.")
                                        : QString());
            if (m_useTable->isChecked() && !m_table->currentText().isEmpty()) readColumns();
        });
}

QString DatabaseDialog::keepOrForgetPassword(const EventDatabase &accepted)
{
    if (!Keychain::isReachable()) return {};
    const QString account = accepted.url(), typed = m_password->text();
    QString error;
    if (m_remember->isChecked() && !typed.isEmpty() &&
        !(m_keptFor == account && m_keptPassword == typed)) {
        if (!Keychain::write(account, typed, &error))
            return tr("The password is not kept: %1.").arg(error);
        m_keptPassword = typed;
        m_keptFor = account;
        return tr("The password is kept in the system keychain.");
    }
    if (!m_remember->isChecked() && m_keptFor == account) {
        if (!Keychain::remove(account, &error))
            return tr("The kept password could not be removed: %1.").arg(error);
        m_keptFor.clear();
        m_keptPassword.clear();
        return tr("The password kept in the system keychain is forgotten.");
    }
    return {};
}

void DatabaseDialog::readColumns()
{
    QString error;
    const auto d = database(&error);
    if (!d) return showError(error);
    const EventSqlSource s = source();
    m_columns = std::make_shared<std::optional<QList<EventSql::Column>>>();
    run(tr("Reading the columns of %1...").arg(s.displayName()),
        [d = *d, s, out = m_columns] {
            QString e;
            *out = EventSql::columns(d, s, &e);
            return e;
        },
        [this] {
            QStringList names;
            for (const EventSql::Column &c : **m_columns)
                names.append(c.name);
            EventSqlSource guess;
            EventSql::guessColumns(**m_columns, &guess);
            // What the user chose stays when the new source has it; the rest is suggested
            // from the names.
            const auto refill = [&](QComboBox *b, bool optional, const QString &suggested) {
                const QString before = b->currentData().toString();
                fillColumns(b, names, optional);
                choose(b, names.contains(before) ? before : suggested);
            };
            refill(m_case, false, guess.caseColumn);
            refill(m_time, false, guess.timeColumn);
            refill(m_activity, false, guess.activityColumn);
            refill(m_segment, true, QString());
            refill(m_order, true, QString());
            refill(m_lifecycle, true, guess.lifecycleColumn);
            QStringList types;
            for (const EventSql::Column &c : **m_columns)
                types.append(QStringLiteral("%1 (%2)").arg(c.name, c.type));
            m_summary->setText(tr("Columns: %1").arg(types.join(QStringLiteral(", "))));
        });
}

void DatabaseDialog::compute()
{
    QString error;
    const auto d = database(&error);
    if (!d) return showError(error);
    if (!QTimeZone(m_zone->currentText().trimmed().toUtf8()).isValid())
        return showError(tr("\"%1\" is no time zone Waymark knows (e.g. Europe/Berlin, UTC).")
                             .arg(m_zone->currentText()));
    m_used = source();
    m_usedDatabase = *d;
    m_usedOptions = options();
    m_control = std::make_shared<EventLogControl>();
    EventLogOptions o = m_usedOptions;
    o.control = m_control.get();
    m_result = std::make_shared<std::optional<EventLogAnalysis>>();
    m_analysis.reset();
    run(tr("Computing the figures on the server..."),
        [d = *d, s = m_used, o, out = m_result, control = m_control] {
            QString e;
            *out = EventSql::analyze(d, s, o, &e);
            return e;
        },
        [this] {
            m_analysis = std::move(*m_result);
            const EventLogAnalysis &a = *m_analysis;
            QString text = tr("%1 events of %2 cases at %3 touchpoints in %4 s.")
                               .arg(QLocale().toString(a.events), QLocale().toString(a.cases))
                               .arg(a.activities.size())
                               .arg(QLocale().toString(double(m_clock.elapsed()) / 1000.0, 'f', 1));
            if (a.skippedRows)
                text += u' ' + tr("%n row(s) left out by their lifecycle.", nullptr,
                                  int(std::min<qint64>(a.skippedRows, INT_MAX)));
            for (const EventLogBadRow &b : a.badRows)
                text += u' ' + tr("Left out: %1.").arg(b.reason);
            m_summary->setText(text);
            m_import->setEnabled(true);
        });
}

void DatabaseDialog::reject()
{
    if (m_thread) {
        // Cancel stops the computation on the server first; a second Cancel closes.
        if (m_control) m_control->cancel = true;
        m_summary->setText(tr("Cancelling..."));
        return;
    }
    QDialog::reject();
}

Table DatabaseDialog::table() const
{
    if (!m_analysis) return {};
    return JourneyMetrics::eventTable(*m_analysis, journey(), m_usedOptions);
}

MetricMapping DatabaseDialog::mapping() const
{
    const Journey *j = journey();
    MetricMapping m = JourneyMetrics::longMapping(j);
    if (m_analysis && j)
        m.flow = FlowGraph::fromAnalysis(*m_analysis, m_used.displayName(), j->id).toJson();
    m.database = m_used.toJson(m_usedDatabase);
    return m;
}

} // namespace waymark
