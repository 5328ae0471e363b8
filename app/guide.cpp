// SPDX-License-Identifier: GPL-3.0-or-later
#include "guide.h"

#include "canvas/mapview.h"
#include "document/document.h"
#include "document/gallery.h"
#include "document/templates.h"
#include "io/mapexport.h"
#include "mainwindow.h"
#include "personaeditor.h"
#include "preferencesdialog.h"
#include "templategallery.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHash>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QUrl>

namespace waymark::Guide {

namespace {

const QString scheme = QStringLiteral("shot");

QString cannotWrite(const QString &path, const QString &reason)
{
    return QApplication::translate("Guide", "Cannot write \"%1\": %2")
        .arg(QDir::toNativeSeparators(path), reason);
}

// A metric with a value per stage, so that the pictures of metrics and friction show some.
void addExampleMetric(Project *project)
{
    if (project->journeys.isEmpty()) return;
    MetricDefinition dropOff;
    dropOff.id = newId();
    dropOff.key = QStringLiteral("drop-off");
    dropOff.name = QApplication::translate("Guide", "Drop-off rate");
    dropOff.unit = QStringLiteral("%");
    dropOff.kind = QStringLiteral("drop-off");
    dropOff.higherIsBetter = false;
    dropOff.scaleMin = 0;
    dropOff.scaleMax = 100;
    dropOff.target = 10;
    dropOff.warning = 20;
    dropOff.critical = 35;
    project->metrics.append(dropOff);
    static constexpr double values[] = {8, 14, 41, 27, 12, 9, 6};
    const Journey &journey = project->journeys.first();
    for (qsizetype i = 0; i < journey.stages.size(); ++i) {
        Observation o;
        o.metricId = dropOff.id;
        o.targetKind = TargetKind::Stage;
        o.targetId = journey.stages[i].id;
        o.value = values[i % std::size(values)];
        project->observations.append(o);
    }
}

bool guideProject(const QString &language, Project *project)
{
    QString error;
    if (!sampleProject(language, project, &error)) return false;
    addExampleMetric(project);
    return true;
}

QImage dialogShot(QWidget *dialog, const QSize &size);

// The pictures of the main window, made in one window (making one takes most of the time):
// at 1280 x 720 with the sample and a card of the third stage (the sample's moment of truth)
// selected, hidden from the screen: "window" as it comes, "personas" (the persona editor),
// "workshop" (its panel in front) and "friction" (the metric overlaid, the panel in front).
QHash<QString, QImage> windowShots(const QString &language)
{
    Project project;
    QTemporaryDir folder;
    if (!folder.isValid() || !guideProject(language, &project)) return {};
    QString error;
    auto document = Document::create(folder.filePath(QStringLiteral("guide.waymark")), project,
                                     &error);
    if (!document) return {};
    Document *doc = document.get();
    MainWindow window;
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(1280, 720);
    window.setDocument(std::move(document));
    window.show();
    const Journey &journey = project.journeys.first();
    for (const Card &card : journey.cards)
        if (journey.stages.size() > 2 && card.stageId == journey.stages[2].id) {
            doc->setSelectedCards({card.id});
            break;
        }
    auto grab = [&window](const QString &dock) {
        if (auto *d = window.findChild<QDockWidget *>(dock)) {
            d->show();
            d->raise();
        }
        QApplication::processEvents();
        window.mapView()->fitWidth();
        QApplication::processEvents();
        return window.grab().toImage();
    };
    QHash<QString, QImage> shots;
    shots.insert(QStringLiteral("window"), grab({}));
    if (!project.personas.isEmpty()) {
        PersonaEditor editor(doc, project.personas.first().id, &window);
        shots.insert(QStringLiteral("personas"), dialogShot(&editor, {1000, 700}));
    }
    shots.insert(QStringLiteral("workshop"), grab(QStringLiteral("workshopDock")));
    if (auto *metric = window.findChild<QComboBox *>(QStringLiteral("overlayMetric")))
        metric->setCurrentIndex(metric->count() - 1);
    shots.insert(QStringLiteral("friction"), grab(QStringLiteral("frictionDock")));
    window.hide();
    window.setDocument(nullptr); // closes the file before its folder goes
    return shots;
}

QImage dialogShot(QWidget *dialog, const QSize &size)
{
    dialog->setAttribute(Qt::WA_DontShowOnScreen);
    dialog->resize(size);
    dialog->show();
    QApplication::processEvents();
    const QImage image = dialog->grab().toImage();
    dialog->hide();
    return image;
}

QImage galleryShot(const QString &language)
{
    TemplateGallery gallery;
    if (auto *combo = gallery.findChild<QComboBox *>(QStringLiteral("templateLanguage")))
        combo->setCurrentIndex(std::max(0, combo->findData(language)));
    return dialogShot(&gallery, {1000, 640});
}

QImage mapShot(const QString &language, const QString &templateId, bool overlay)
{
    Project project;
    if (templateId.isEmpty()) {
        if (!guideProject(language, &project)) return {};
    } else if (QString error; !Gallery::create(templateId, {}, language, &project, &error)) {
        return {};
    }
    if (project.journeys.isEmpty()) return {};
    MapExportOptions options;
    options.widthPx = 1440; // twice the width shown: sharp on a high-density screen and in print
    if (overlay && !project.metrics.isEmpty()) options.overlayMetric = project.metrics.first().id;
    QString error;
    return MapExport::renderImage(project, project.journeys.first().id, options, &error);
}

QImage makeShot(const QString &name, const QString &language)
{
    if (name == u"gallery") return galleryShot(language);
    if (name == u"preferences") {
        PreferencesDialog dialog;
        return dialogShot(&dialog, dialog.sizeHint().expandedTo({560, 0}));
    }
    if (name == u"map") return mapShot(language, {}, false);
    if (name == u"overlay") return mapShot(language, {}, true);
    if (name == u"blueprint") return mapShot(language, QStringLiteral("service-blueprint"), false);
    return {};
}

// The pictures of `markdown` (shot:NAME), each name once, in order.
QStringList shotsIn(const QString &markdown)
{
    QStringList names;
    static const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\(shot:([a-z-]+)\))"));
    for (const auto &m : image.globalMatch(markdown))
        if (!names.contains(m.captured(1))) names.append(m.captured(1));
    return names;
}

} // namespace

QStringList languages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString markdown(const QString &language)
{
    QFile file(QStringLiteral(":/waymark/guide/guide.%1.md")
                   .arg(languages().contains(language) ? language : QStringLiteral("en")));
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(file.readAll());
}

QList<Section> sections(const QTextDocument &document)
{
    QList<Section> out;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
        if (const int level = b.blockFormat().headingLevel(); level > 0)
            out.append({level, b.text().trimmed(), b.position()});
    return out;
}

QStringList shotNames()
{
    return {QStringLiteral("window"),  QStringLiteral("gallery"),  QStringLiteral("map"),
            QStringLiteral("overlay"), QStringLiteral("friction"), QStringLiteral("personas"),
            QStringLiteral("blueprint"), QStringLiteral("workshop"), QStringLiteral("preferences")};
}

QImage shot(const QString &name, const QString &language)
{
    static QHash<QString, QImage> made;
    const QString key = language + u'/' + name;
    if (const auto it = made.constFind(key); it != made.constEnd()) return *it;
    if (!shotNames().contains(name)) return {};
    static const QStringList ofTheWindow = {QStringLiteral("window"), QStringLiteral("personas"),
                                            QStringLiteral("workshop"), QStringLiteral("friction")};
    if (ofTheWindow.contains(name)) {
        const QHash<QString, QImage> shots = windowShots(language);
        for (auto it = shots.begin(); it != shots.end(); ++it)
            if (!it->isNull()) made.insert(language + u'/' + it.key(), *it);
        return made.value(key);
    }
    const QImage image = makeShot(name, language);
    if (!image.isNull()) made.insert(key, image);
    return image;
}

void load(QTextDocument *document, const QString &language, qreal maxWidth)
{
    const QString text = markdown(language);
    document->setMarkdown(text); // which forgets the resources added before
    for (const QString &name : shotsIn(text))
        document->addResource(QTextDocument::ImageResource, QUrl(scheme + u':' + name),
                              shot(name, language));
    document->markContentsDirty(0, document->characterCount());
    // Pictures no wider than the page or window, in proportion.
    QTextCursor cursor(document);
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat()) continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QImage image = shot(QUrl(format.name()).path(), language);
            if (image.isNull() || image.width() <= maxWidth) continue;
            format.setWidth(maxWidth);
            format.setHeight(maxWidth * image.height() / image.width());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
}

bool writePdf(const QString &language, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(QApplication::translate("Guide", "Waymark User Guide"));
        pdf.setCreator(QStringLiteral("Waymark " WAYMARK_VERSION));
        pdf.setResolution(150);
        // The guide is a document to read: A4 or Letter, whatever the map export's page.
        const int page = QSettings().value(QStringLiteral("export/page"), int(QPageSize::A4)).toInt();
        pdf.setPageSize(QPageSize(page == int(QPageSize::Letter) || page == int(QPageSize::Legal)
                                      ? QPageSize::Letter
                                      : QPageSize::A4));
        pdf.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        QTextDocument document;
        QFont font = document.defaultFont();
        font.setPointSizeF(10);
        document.setDefaultFont(font);
        const QRectF area = pdf.pageLayout().paintRectPixels(pdf.resolution());
        document.setPageSize(area.size());
        load(&document, language, area.width() - 2 * document.documentMargin());
        document.print(&pdf);
    }
    if (!file.commit()) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    return true;
}

bool exportAll(const QString &dir, const QString &language, QString *error)
{
    const QDir out(QDir(dir).filePath(language));
    if (!QDir().mkpath(out.path())) {
        *error = QApplication::translate("Guide", "Cannot make the folder \"%1\".")
                     .arg(QDir::toNativeSeparators(out.path()));
        return false;
    }
    QString text = markdown(language);
    for (const QString &name : shotsIn(text)) {
        const QString file = out.filePath(name + QStringLiteral(".png"));
        const QImage image = shot(name, language);
        if (image.isNull() || !image.save(file)) {
            *error = QApplication::translate("Guide", "Cannot write \"%1\".")
                         .arg(QDir::toNativeSeparators(file));
            return false;
        }
        text.replace(QStringLiteral("(shot:%1)").arg(name), QStringLiteral("(%1.png)").arg(name));
    }
    QSaveFile md(out.filePath(QStringLiteral("guide.md")));
    if (!md.open(QIODevice::WriteOnly) || md.write(text.toUtf8()) < 0 || !md.commit()) {
        *error = cannotWrite(md.fileName(), md.errorString());
        return false;
    }
    return writePdf(language, out.filePath(QStringLiteral("guide.pdf")), error);
}

} // namespace waymark::Guide
