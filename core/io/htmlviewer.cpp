// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlviewer.h"

#include "analytics/friction.h"
#include "analytics/overlay.h"
#include "filewrite.h"
#include "i18n.h"
#include "layout/maplayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace waymark::HtmlViewer {

namespace {

const char *const Style = R"CSS(
:root { --ink: #232a33; --muted: #6b7580; --line: #d5dae0; --accent: #2f6fd6; }
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font: 14px/1.4 "Noto Sans", "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif;
       color: var(--ink); background: #eef0f3; display: flex; flex-direction: column; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 14px; padding: 8px 14px;
         background: #fff; border-bottom: 1px solid var(--line); }
header h1 { font-size: 17px; margin: 0; }
header .sub { color: var(--muted); }
header .tools { margin-left: auto; display: flex; gap: 6px; align-items: center; }
button, select { font: inherit; padding: 4px 10px; border: 1px solid #b8c0c8; border-radius: 4px;
                 background: #fff; color: var(--ink); cursor: pointer; }
button:hover, select:hover { border-color: var(--accent); }
button:focus-visible, select:focus-visible, .map:focus-visible { outline: 2px solid var(--accent); }
main { flex: 1; display: flex; min-height: 0; }
.journey { flex: 1; display: none; flex-direction: column; min-width: 0; }
.journey.current { display: flex; }
.print-title { display: none; }
.journey .goal { padding: 6px 14px; color: var(--muted); background: #f7f8fa;
                 border-bottom: 1px solid var(--line); }
.map { flex: 1; overflow: hidden; position: relative; cursor: grab; background: #e4e7eb;
       touch-action: none; }
.map.dragging { cursor: grabbing; }
.map .canvas { position: absolute; left: 0; top: 0; transform-origin: 0 0; background: #fff;
               box-shadow: 0 1px 6px rgba(0,0,0,.25); }
.map .canvas svg { display: block; }
.hit { fill: transparent; cursor: pointer; }
.hit.selected { fill: none; stroke: var(--accent); stroke-width: 4; }
.legend { padding: 6px 14px; background: #fff; border-top: 1px solid var(--line); display: flex;
          flex-wrap: wrap; gap: 4px 16px; align-items: center; }
.legend .swatch { display: inline-block; width: 12px; height: 10px; margin-right: 4px;
                  vertical-align: middle; }
.legend ol { margin: 0; padding-left: 22px; }
aside { width: 320px; background: #fff; border-left: 1px solid var(--line); overflow: auto;
        padding: 10px 14px; }
aside h2 { font-size: 15px; margin: 4px 0 8px; }
aside dl { margin: 0; }
aside dt { color: var(--muted); font-size: 12px; margin-top: 8px; }
aside dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
aside .hint { color: var(--muted); }
aside ol.worst { padding-left: 20px; margin: 0; }
aside ol.worst li { margin-bottom: 6px; }
aside ol.worst button { border: none; padding: 0; color: var(--accent); text-align: left;
                        text-decoration: underline; background: none; }
aside .why { color: var(--muted); font-size: 12px; }
.personas { display: none; padding: 14px; gap: 14px; flex-wrap: wrap; overflow: auto; }
body.show-personas .personas { display: flex; }
body.show-personas main { display: none; }
.persona { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px;
           width: 300px; }
.persona img { width: 72px; height: 72px; object-fit: cover; border-radius: 50%; float: right;
               margin-left: 8px; }
.persona h2 { margin: 0 0 2px; font-size: 16px; }
.persona .role { color: var(--muted); }
.persona blockquote { margin: 8px 0; font-style: italic; }
.persona h3 { font-size: 12px; text-transform: uppercase; color: var(--muted); margin: 10px 0 2px;
              clear: both; }
.persona ul { margin: 0; padding-left: 18px; }
@media print {
  @page { size: landscape; margin: 10mm; }
  body { display: block; background: #fff; height: auto; }
  header .tools, header select, aside, .hint, .personas-button { display: none !important; }
  body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  main { display: block !important; }
  .journey { display: block !important; break-after: page; }
  .map { overflow: visible; height: auto !important; background: #fff; }
  .map .canvas { position: static; transform: none !important; box-shadow: none; }
  .map .canvas svg { width: auto; height: auto; max-width: 100%; max-height: 165mm; }
  .print-title { display: block !important; font-size: 16px; margin: 0 0 4px; }
  header { border: none; padding: 0 0 4px; }
  .goal { padding: 0 0 4px !important; border: none !important; background: none !important; }
  .personas { display: flex !important; break-before: page; }
  .persona { break-inside: avoid; }
}
)CSS";

// Zoom and pan on each map, details on click, the chooser and the keyboard.
const char *const Script = R"JS(
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('waymark-data').textContent);
  const t = data.texts;
  const views = [];
  function field(dl, name, value) {
    if (value === undefined || value === null || value === '' ||
        (Array.isArray(value) && value.length === 0)) return;
    const dt = document.createElement('dt'); dt.textContent = name; dl.appendChild(dt);
    const dd = document.createElement('dd');
    dd.textContent = Array.isArray(value) ? value.join(', ') : String(value);
    dl.appendChild(dd);
  }
  function show(view, card) {
    const panel = document.getElementById('details');
    panel.replaceChildren();
    view.hits.forEach((h) => h.classList.toggle('selected', card && h.dataset.id === card.id));
    if (!card) {
      const p = document.createElement('p'); p.className = 'hint'; p.textContent = t.hint;
      panel.appendChild(p);
      if (view.journey.friction.length) {
        const h = document.createElement('h2'); h.textContent = t.worst; panel.appendChild(h);
        const ol = document.createElement('ol'); ol.className = 'worst';
        view.journey.friction.forEach((f) => {
          const li = document.createElement('li');
          const target = view.journey.cards.find((c) => c.id === f.id);
          const label = document.createElement(target ? 'button' : 'span');
          label.textContent = f.label;
          if (target) label.addEventListener('click', () => show(view, target));
          const why = document.createElement('div'); why.className = 'why'; why.textContent = f.reasons;
          li.append(label, why); ol.appendChild(li);
        });
        panel.appendChild(ol);
      }
      return;
    }
    view.reveal(card);
    const h = document.createElement('h2'); h.textContent = card.text || '\u2014';
    panel.appendChild(h);
    const dl = document.createElement('dl');
    field(dl, t.stage, card.stage); field(dl, t.lane, card.lane);
    field(dl, t.notes, card.notes); field(dl, t.channel, card.channel);
    field(dl, t.feeling, card.feeling); field(dl, t.persona, card.persona);
    field(dl, t.evidence, card.evidence); field(dl, t.tags, card.tags);
    field(dl, t.value, card.value); field(dl, t.friction, card.friction);
    panel.appendChild(dl);
  }
  function setup(section, journey) {
    const map = section.querySelector('.map');
    const canvas = map.querySelector('.canvas');
    const svg = canvas.querySelector('svg');
    const view = { journey, map, canvas, scale: 1, x: 0, y: 0, w: journey.width, h: journey.height, hits: [] };
    // Clickable areas over the cards, in the map's own coordinates.
    const ns = 'http://www.w3.org/2000/svg';
    const layer = document.createElementNS(ns, 'g');
    journey.cards.forEach((c) => {
      const r = document.createElementNS(ns, 'rect');
      r.setAttribute('x', c.x + journey.ox); r.setAttribute('y', c.y + journey.oy);
      r.setAttribute('width', c.w); r.setAttribute('height', c.h);
      r.setAttribute('rx', 6); r.setAttribute('class', 'hit'); r.dataset.id = c.id;
      const title = document.createElementNS(ns, 'title'); title.textContent = c.text;
      r.appendChild(title);
      layer.appendChild(r); view.hits.push(r);
    });
    svg.appendChild(layer);
    function apply() {
      canvas.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.scale})`;
      map.dataset.scale = view.scale.toFixed(3);
    }
    view.fit = function () {
      const r = map.getBoundingClientRect();
      view.scale = Math.max(0.05, Math.min((r.width - 24) / view.w, (r.height - 24) / view.h, 2));
      view.x = (r.width - view.w * view.scale) / 2; view.y = 12; apply();
    };
    view.zoom = function (factor, cx, cy) {
      const r = map.getBoundingClientRect();
      if (cx === undefined) { cx = r.width / 2; cy = r.height / 2; }
      const s = Math.max(0.05, Math.min(view.scale * factor, 8));
      view.x = cx - (cx - view.x) * (s / view.scale); view.y = cy - (cy - view.y) * (s / view.scale);
      view.scale = s; apply();
    };
    view.pan = function (dx, dy) { view.x += dx; view.y += dy; apply(); };
    // Brings a card that is off screen (zoomed in, panned away) to the middle.
    view.reveal = function (c) {
      const r = map.getBoundingClientRect();
      const x0 = view.x + c.x * view.scale, y0 = view.y + c.y * view.scale;
      const x1 = x0 + c.w * view.scale, y1 = y0 + c.h * view.scale;
      if (x0 >= 0 && y0 >= 0 && x1 <= r.width && y1 <= r.height) return;
      view.x = r.width / 2 - (c.x + c.w / 2) * view.scale;
      view.y = r.height / 2 - (c.y + c.h / 2) * view.scale;
      apply();
    };
    map.addEventListener('wheel', (e) => {
      e.preventDefault();
      const r = map.getBoundingClientRect();
      if (e.ctrlKey || e.metaKey) view.zoom(e.deltaY < 0 ? 1.15 : 1 / 1.15, e.clientX - r.left, e.clientY - r.top);
      else view.pan(-e.deltaX, -e.deltaY);
    }, { passive: false });
    let drag = null;
    map.addEventListener('pointerdown', (e) => {
      drag = { x: e.clientX, y: e.clientY, moved: false }; map.setPointerCapture(e.pointerId);
    });
    map.addEventListener('pointermove', (e) => {
      if (!drag) return;
      const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
      drag.moved = true; map.classList.add('dragging');
      view.pan(dx, dy); drag.x = e.clientX; drag.y = e.clientY;
    });
    map.addEventListener('pointerup', (e) => {
      const wasDrag = drag && drag.moved; drag = null; map.classList.remove('dragging');
      if (wasDrag) return;
      // The card under the pointer, in map coordinates.
      const r = canvas.getBoundingClientRect();
      const mx = (e.clientX - r.left) / view.scale, my = (e.clientY - r.top) / view.scale;
      const card = journey.cards.find((c) => mx >= c.x && mx <= c.x + c.w && my >= c.y && my <= c.y + c.h);
      show(view, card);
    });
    map.addEventListener('keydown', (e) => {
      const step = 60;
      if (e.key === '+' || e.key === '=') view.zoom(1.25);
      else if (e.key === '-') view.zoom(0.8);
      else if (e.key === '0') view.fit();
      else if (e.key === 'ArrowLeft') view.pan(step, 0);
      else if (e.key === 'ArrowRight') view.pan(-step, 0);
      else if (e.key === 'ArrowUp') view.pan(0, step);
      else if (e.key === 'ArrowDown') view.pan(0, -step);
      else if (e.key === 'Escape') show(view, null);
      else return;
      e.preventDefault();
    });
    views.push(view);
    return view;
  }
  const sections = Array.from(document.querySelectorAll('.journey'));
  sections.forEach((s, i) => setup(s, data.journeys[i]));
  let current = 0;
  function choose(i) {
    current = i;
    sections.forEach((s, k) => s.classList.toggle('current', k === i));
    document.body.classList.remove('show-personas');
    views[i].fit(); show(views[i], null);
  }
  const chooser = document.getElementById('journey');
  if (chooser) chooser.addEventListener('change', () => choose(Number(chooser.value)));
  document.getElementById('zoom-in').addEventListener('click', () => views[current].zoom(1.25));
  document.getElementById('zoom-out').addEventListener('click', () => views[current].zoom(0.8));
  document.getElementById('fit').addEventListener('click', () => views[current].fit());
  document.getElementById('print').addEventListener('click', () => window.print());
  const personas = document.getElementById('personas-button');
  if (personas) personas.addEventListener('click', () => {
    document.body.classList.toggle('show-personas');
    personas.setAttribute('aria-pressed', document.body.classList.contains('show-personas'));
    if (!document.body.classList.contains('show-personas')) views[current].fit();
  });
  window.addEventListener('resize', () => views[current].fit());
  choose(0);
})();
)JS";

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QByteArray html(const Project &project, const QList<Id> &journeyIds, const MapExportOptions &o)
{
    const QString lang = project.info.language;
    auto say = [&](const char *source) { return translateFor(lang, "HtmlViewer", source); };
    const QLocale locale(lang);
    QList<const Journey *> journeys;
    for (const Id &id : journeyIds)
        if (const Journey *j = project.journey(id)) journeys.append(j);

    QJsonObject texts{
        {QStringLiteral("hint"),
         say(QT_TRANSLATE_NOOP("HtmlViewer", "Click a card to see its details. Drag to move the "
                                            "map, Ctrl+wheel or + and - to zoom, 0 to fit."))},
        {QStringLiteral("stage"), say(QT_TRANSLATE_NOOP("HtmlViewer", "Stage"))},
        {QStringLiteral("lane"), say(QT_TRANSLATE_NOOP("HtmlViewer", "Lane"))},
        {QStringLiteral("notes"), say(QT_TRANSLATE_NOOP("HtmlViewer", "Notes"))},
        {QStringLiteral("channel"), say(QT_TRANSLATE_NOOP("HtmlViewer", "Channel"))},
        {QStringLiteral("feeling"), say(QT_TRANSLATE_NOOP("HtmlViewer", "Feeling"))},
        {QStringLiteral("persona"), say(QT_TRANSLATE_NOOP("HtmlViewer", "Persona"))},
        {QStringLiteral("evidence"), say(QT_TRANSLATE_NOOP("HtmlViewer", "Evidence"))},
        {QStringLiteral("tags"), say(QT_TRANSLATE_NOOP("HtmlViewer", "Tags"))},
        {QStringLiteral("value"), say(QT_TRANSLATE_NOOP("HtmlViewer", "Value"))},
        {QStringLiteral("friction"), say(QT_TRANSLATE_NOOP("HtmlViewer", "Friction"))},
        {QStringLiteral("worst"), say(QT_TRANSLATE_NOOP("HtmlViewer", "Worst friction points"))},
    };
    const QString evidenceNames[] = {say(QT_TRANSLATE_NOOP("HtmlViewer", "observed")),
                                     say(QT_TRANSLATE_NOOP("HtmlViewer", "reported")),
                                     say(QT_TRANSLATE_NOOP("HtmlViewer", "assumed"))};

    QString body;
    QJsonArray journeyData;
    for (int k = 0; k < journeys.size(); ++k) {
        const Journey &j = *journeys[k];
        const MapLayout layout = MapLayout::compute(j);
        QString error;
        QString svg = QString::fromUtf8(MapExport::svgBytes(project, j.id, o, &error));
        if (const int start = svg.indexOf(QLatin1String("<svg")); start > 0) svg.remove(0, start);
        // At the map's size in pixels (the generator gives millimetres).
        static const QRegularExpression size(QStringLiteral("^<svg width=\"[^\"]*\" height=\"[^\"]*\""));
        svg.replace(size, QStringLiteral("<svg width=\"%1\" height=\"%2\"")
                              .arg(std::ceil(layout.bounds.width()))
                              .arg(std::ceil(layout.bounds.height())));
        std::optional<MetricOverlay> overlay;
        QList<FrictionPoint> friction;
        if (!o.overlayMetric.isNull()) {
            overlay.emplace(project, o.overlayMetric, o.overlayPeriod, o.overlaySegment);
            friction = Friction::rank(project, j, o.overlayPeriod, o.overlaySegment);
        }
        QHash<Id, const FrictionPoint *> frictionOf;
        for (const FrictionPoint &f : std::as_const(friction))
            frictionOf.insert(f.id, &f);
        QJsonArray cards;
        for (const Card &c : j.cards) {
            const QRectF r = layout.cards.value(c.id).translated(-layout.bounds.topLeft());
            if (r.isEmpty()) continue;
            QJsonObject card{{QStringLiteral("id"), idToString(c.id)},
                             {QStringLiteral("x"), std::round(r.x() * 10) / 10},
                             {QStringLiteral("y"), std::round(r.y() * 10) / 10},
                             {QStringLiteral("w"), std::round(r.width() * 10) / 10},
                             {QStringLiteral("h"), std::round(r.height() * 10) / 10},
                             {QStringLiteral("text"), c.text},
                             {QStringLiteral("stage"), j.stages.value(j.stageIndex(c.stageId)).name},
                             {QStringLiteral("lane"), j.lanes.value(j.laneIndex(c.laneId)).title}};
            if (!c.notes.isEmpty()) card.insert(QStringLiteral("notes"), c.notes);
            if (c.channel != Channel::None)
                card.insert(QStringLiteral("channel"), contentName(c.channel, lang));
            if (c.emotion)
                card.insert(QStringLiteral("feeling"),
                            *c.emotion > 0 ? QStringLiteral("+%1").arg(*c.emotion)
                                           : QString::number(*c.emotion));
            if (const int p = project.personaIndex(c.personaId); p >= 0)
                card.insert(QStringLiteral("persona"), project.personas[p].name);
            card.insert(QStringLiteral("evidence"), evidenceNames[int(c.evidence)]);
            if (!c.tags.isEmpty())
                card.insert(QStringLiteral("tags"), QJsonArray::fromStringList(c.tags));
            if (overlay)
                if (const MetricOverlay::Value *v = overlay->value(c.id))
                    card.insert(QStringLiteral("value"),
                                QStringLiteral("%1: %2").arg(overlay->metric().name, v->text));
            if (const FrictionPoint *f = frictionOf.value(c.id))
                card.insert(QStringLiteral("friction"),
                            QStringLiteral("%1 — %2")
                                .arg(locale.toString(f->score, 'f', 1), f->reasons.join(QStringLiteral("; "))));
            cards.append(card);
        }
        // The worst friction points, listed beside the map while no card is chosen.
        QJsonArray worst;
        for (int i = 0; i < std::min<qsizetype>(10, friction.size()); ++i)
            worst.append(QJsonObject{
                {QStringLiteral("id"), idToString(friction[i].id)},
                {QStringLiteral("label"), friction[i].label},
                {QStringLiteral("reasons"), friction[i].reasons.join(QStringLiteral("; "))}});
        journeyData.append(QJsonObject{{QStringLiteral("name"), j.name},
                                       {QStringLiteral("friction"), worst},
                                       {QStringLiteral("width"), layout.bounds.width()},
                                       {QStringLiteral("ox"), layout.bounds.left()},
                                       {QStringLiteral("oy"), layout.bounds.top()},
                                       {QStringLiteral("height"), layout.bounds.height()},
                                       {QStringLiteral("cards"), cards}});
        body += QStringLiteral("<section class=\"journey\" aria-label=\"%1\">\n"
                               "<h2 class=\"print-title\">%1</h2>\n")
                    .arg(esc(j.name));
        if (!j.goal.isEmpty())
            body += QStringLiteral("<div class=\"goal\">%1</div>\n").arg(esc(j.goal));
        body += QStringLiteral("<div class=\"map\" tabindex=\"0\" role=\"application\" "
                               "aria-label=\"%1\"><div class=\"canvas\">%2</div></div>\n")
                    .arg(esc(say(QT_TRANSLATE_NOOP("HtmlViewer", "Journey map, zoomable"))), svg);
        if (overlay) {
            body += QStringLiteral("<div class=\"legend\"><strong>%1</strong>")
                        .arg(esc(overlay->legend()));
            if (MetricOverlay::judges(overlay->metric()))
                for (const auto &[status, label] :
                     {std::pair{MetricStatus::Good, QT_TRANSLATE_NOOP("HtmlViewer", "good")},
                      std::pair{MetricStatus::Warning, QT_TRANSLATE_NOOP("HtmlViewer", "warning !")},
                      std::pair{MetricStatus::Critical,
                                QT_TRANSLATE_NOOP("HtmlViewer", "critical !!")}})
                    body += QStringLiteral("<span><span class=\"swatch\" style=\"background:%1\">"
                                           "</span>%2</span>")
                                .arg(MetricOverlay::colour(status).name(), esc(say(label)));
            body += QStringLiteral("</div>\n");
        }
        body += QStringLiteral("</section>\n");
    }

    // The personas the chosen journeys show.
    QSet<Id> shown;
    for (const Journey *j : std::as_const(journeys)) {
        for (const Id &id : j->personaIds)
            shown.insert(id);
        for (const Card &c : j->cards)
            shown.insert(c.personaId);
    }
    QString personas;
    for (const Persona &p : project.personas) {
        if (!shown.contains(p.id)) continue;
        personas += QStringLiteral("<article class=\"persona\">");
        if (const int i = project.imageIndex(p.photoId); i >= 0) {
            const Image &img = project.images[i];
            personas += QStringLiteral("<img alt=\"\" src=\"data:%1;base64,%2\">")
                            .arg(esc(img.mimeType), QString::fromLatin1(img.data.toBase64()));
        }
        personas += QStringLiteral("<h2>%1</h2>").arg(esc(p.name));
        QStringList role;
        if (!p.role.isEmpty()) role << p.role;
        if (p.age) role << locale.toString(*p.age);
        if (!p.location.isEmpty()) role << p.location;
        if (!role.isEmpty())
            personas += QStringLiteral("<div class=\"role\">%1</div>").arg(esc(role.join(QStringLiteral(", "))));
        if (!p.quote.isEmpty())
            personas += QStringLiteral("<blockquote>%1</blockquote>").arg(esc(p.quote));
        if (!p.bio.isEmpty()) personas += QStringLiteral("<p>%1</p>").arg(esc(p.bio));
        for (const auto &[title, items] :
             {std::pair{QT_TRANSLATE_NOOP("HtmlViewer", "Goals"), &p.goals},
              std::pair{QT_TRANSLATE_NOOP("HtmlViewer", "Needs"), &p.needs},
              std::pair{QT_TRANSLATE_NOOP("HtmlViewer", "Frustrations"), &p.frustrations}}) {
            if (items->isEmpty()) continue;
            personas += QStringLiteral("<h3>%1</h3><ul>").arg(esc(say(title)));
            for (const QString &item : *items)
                personas += QStringLiteral("<li>%1</li>").arg(esc(item));
            personas += QStringLiteral("</ul>");
        }
        personas += QStringLiteral("</article>\n");
    }

    QString chooser;
    if (journeys.size() > 1) {
        chooser = QStringLiteral("<select id=\"journey\" aria-label=\"%1\">")
                      .arg(esc(say(QT_TRANSLATE_NOOP("HtmlViewer", "Journey"))));
        for (int k = 0; k < journeys.size(); ++k)
            chooser += QStringLiteral("<option value=\"%1\">%2</option>").arg(k).arg(esc(journeys[k]->name));
        chooser += QStringLiteral("</select>");
    }
    const QString title = journeys.size() == 1 ? journeys[0]->name : project.info.title;
    QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("texts"), texts},
                                                {QStringLiteral("journeys"), journeyData}})
                          .toJson(QJsonDocument::Compact);
    json.replace("</", "<\\/"); // never ends the script element early

    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
               .arg(esc(lang.isEmpty() ? QStringLiteral("en") : lang));
    // Nothing may be fetched: inline styles, scripts and data: pictures only.
    out += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n");
    out += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out += QStringLiteral("<meta name=\"generator\" content=\"Waymark\">\n");
    out += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
               .arg(esc(title), QString::fromUtf8(Style));
    out += QStringLiteral("<header><div><h1>%1</h1><div class=\"sub\">%2</div></div>%3"
                          "<div class=\"tools\">")
               .arg(esc(project.info.title), esc(journeys.size() == 1 ? journeys[0]->name : QString()),
                    chooser);
    if (!personas.isEmpty())
        out += QStringLiteral("<button id=\"personas-button\" class=\"personas-button\" "
                              "aria-pressed=\"false\">%1</button>")
                   .arg(esc(say(QT_TRANSLATE_NOOP("HtmlViewer", "Personas"))));
    out += QStringLiteral("<button id=\"zoom-out\" title=\"%1\" aria-label=\"%1\">−</button>"
                          "<button id=\"fit\" title=\"%2\">%2</button>"
                          "<button id=\"zoom-in\" title=\"%3\" aria-label=\"%3\">+</button>"
                          "<button id=\"print\">%4</button></div></header>\n")
               .arg(esc(say(QT_TRANSLATE_NOOP("HtmlViewer", "Zoom out"))),
                    esc(say(QT_TRANSLATE_NOOP("HtmlViewer", "Fit"))),
                    esc(say(QT_TRANSLATE_NOOP("HtmlViewer", "Zoom in"))),
                    esc(say(QT_TRANSLATE_NOOP("HtmlViewer", "Print"))));
    out += QStringLiteral("<main>\n") + body +
           QStringLiteral("<aside id=\"details\" aria-live=\"polite\"></aside>\n</main>\n");
    out += QStringLiteral("<div class=\"personas\">%1</div>\n").arg(personas);
    out += QStringLiteral("<script type=\"application/json\" id=\"waymark-data\">") +
           QString::fromUtf8(json) + QStringLiteral("</script>\n<script>") +
           QString::fromUtf8(Script) + QStringLiteral("</script>\n</body>\n</html>\n");
    return out.toUtf8();
}

bool write(const Project &project, const QList<Id> &journeys, const QString &path,
           const MapExportOptions &options, QString *error)
{
    return FileWrite::writeWhole(path, html(project, journeys, options), error);
}

} // namespace waymark::HtmlViewer
