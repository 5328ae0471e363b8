// SPDX-License-Identifier: GPL-3.0-or-later
#include "pptxwriter.h"

#include "analytics/chartdata.h"
#include "analytics/friction.h"
#include "layout/maplayout.h"
#include "model/types.h"
#include "opczip.h"
#include "render/chartrenderer.h"
#include "render/personasheet.h"
#include "trcontexts.h"

#include <QBuffer>
#include <QDate>
#include <QPainter>
#include <QXmlStreamWriter>

namespace waymark::PptxExport {

namespace {

const QString nsA = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
const QString nsR =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString nsP = QStringLiteral("http://schemas.openxmlformats.org/presentationml/2006/main");
const QString relBase =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
const QString typeBase = QStringLiteral("application/vnd.openxmlformats-officedocument.");

constexpr qint64 Emu = 914400; // per inch
constexpr qint64 Margin = Emu / 2;
const QRect titleRect(Margin, Emu / 4, SlideWidth - 2 * Margin, Emu * 3 / 4);
const QRect bodyRect(Margin, Emu * 23 / 20, SlideWidth - 2 * Margin, Emu * 61 / 10);

// The parts that are the same in every deck: theme, master, the one layout (a title and
// free content), notes master, properties.
const char theme[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Waymark"><a:themeElements><a:clrScheme name="Waymark"><a:dk1><a:srgbClr val="1F2933"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="2E3A59"/></a:dk2><a:lt2><a:srgbClr val="EEF1F5"/></a:lt2><a:accent1><a:srgbClr val="3A6EA5"/></a:accent1><a:accent2><a:srgbClr val="E07A5F"/></a:accent2><a:accent3><a:srgbClr val="81B29A"/></a:accent3><a:accent4><a:srgbClr val="F2CC8F"/></a:accent4><a:accent5><a:srgbClr val="6D597A"/></a:accent5><a:accent6><a:srgbClr val="B56576"/></a:accent6><a:hlink><a:srgbClr val="3A6EA5"/></a:hlink><a:folHlink><a:srgbClr val="6D597A"/></a:folHlink></a:clrScheme><a:fontScheme name="Waymark"><a:majorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Waymark"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>)";

#define WAYMARK_PPTX_NS                                                                            \
    "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "                           \
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "             \
    "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\""
#define WAYMARK_PPTX_GROUP                                                                         \
    "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"             \
    "<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" "       \
    "y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>"
#define WAYMARK_PPTX_TITLE                                                                         \
    "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Title\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/>"       \
    "</p:cNvSpPr><p:nvPr><p:ph type=\"title\"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off "       \
    "x=\"457200\" y=\"228600\"/><a:ext cx=\"11277600\" cy=\"685800\"/></a:xfrm></p:spPr>"         \
    "<p:txBody><a:bodyPr anchor=\"b\"><a:normAutofit/></a:bodyPr><a:lstStyle/><a:p><a:endParaRPr " \
    "lang=\"en-US\"/></a:p></p:txBody></p:sp>"
#define WAYMARK_PPTX_CLRMAP                                                                        \
    "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" "               \
    "accent2=\"accent2\" accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" "             \
    "accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>"

const char master[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<p:sldMaster " WAYMARK_PPTX_NS
    "><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg><p:spTree>"
    WAYMARK_PPTX_GROUP WAYMARK_PPTX_TITLE "</p:spTree></p:cSld>" WAYMARK_PPTX_CLRMAP
    "<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst>"
    "<p:txStyles><p:titleStyle><a:lvl1pPr algn=\"l\"><a:defRPr sz=\"2800\" b=\"1\"><a:solidFill>"
    "<a:schemeClr val=\"tx2\"/></a:solidFill><a:latin typeface=\"+mj-lt\"/></a:defRPr></a:lvl1pPr>"
    "</p:titleStyle><p:bodyStyle><a:lvl1pPr><a:defRPr sz=\"1800\"><a:solidFill><a:schemeClr "
    "val=\"tx1\"/></a:solidFill><a:latin typeface=\"+mn-lt\"/></a:defRPr></a:lvl1pPr></p:bodyStyle>"
    "<p:otherStyle><a:defPPr><a:defRPr lang=\"en-US\"/></a:defPPr></p:otherStyle></p:txStyles>"
    "</p:sldMaster>";

const char layout[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<p:sldLayout " WAYMARK_PPTX_NS
    " type=\"titleOnly\" preserve=\"1\"><p:cSld name=\"Title Only\"><p:spTree>" WAYMARK_PPTX_GROUP
    WAYMARK_PPTX_TITLE "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>"
    "</p:sldLayout>";

const char notesMaster[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<p:notesMaster " WAYMARK_PPTX_NS
    "><p:cSld><p:spTree>" WAYMARK_PPTX_GROUP
    "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image\"/><p:cNvSpPr><a:spLocks noGrp=\"1\" "
    "noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"sldImg\" idx=\"2\"/>"
    "</p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x=\"381000\" y=\"685800\"/><a:ext cx=\"6096000\" "
    "cy=\"3429000\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:sp>"
    "<p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/>"
    "</p:cNvSpPr><p:nvPr><p:ph type=\"body\" sz=\"quarter\" idx=\"3\"/></p:nvPr></p:nvSpPr>"
    "<p:spPr><a:xfrm><a:off x=\"685800\" y=\"4343400\"/><a:ext cx=\"5486400\" cy=\"4114800\"/>"
    "</a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/>"
    "<a:lstStyle/><a:p><a:endParaRPr lang=\"en-US\"/></a:p></p:txBody></p:sp>"
    "</p:spTree></p:cSld>" WAYMARK_PPTX_CLRMAP
    "<p:notesStyle><a:lvl1pPr><a:defRPr sz=\"1200\"><a:solidFill><a:schemeClr val=\"tx1\"/>"
    "</a:solidFill><a:latin typeface=\"+mn-lt\"/></a:defRPr></a:lvl1pPr></p:notesStyle>"
    "</p:notesMaster>";

const char presProps[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                         "<p:presentationPr " WAYMARK_PPTX_NS "/>";
const char viewProps[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                         "<p:viewPr " WAYMARK_PPTX_NS "><p:normalViewPr><p:restoredLeft "
                         "sz=\"15620\"/><p:restoredTop sz=\"94660\"/></p:normalViewPr>"
                         "<p:gridSpacing cx=\"76200\" cy=\"76200\"/></p:viewPr>";
const char tableStyles[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<a:tblStyleLst "
    "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
    "def=\"{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}\"/>";

// The start of a slide or notes part: the root with the namespaces, then the shape tree
// with its group properties, open for the shapes.
void startShapeTree(QXmlStreamWriter &w, const QString &root)
{
    w.writeStartElement(root);
    w.writeAttribute(QStringLiteral("xmlns:a"), nsA);
    w.writeAttribute(QStringLiteral("xmlns:r"), nsR);
    w.writeAttribute(QStringLiteral("xmlns:p"), nsP);
    w.writeStartElement(QStringLiteral("p:cSld"));
    w.writeStartElement(QStringLiteral("p:spTree"));
    w.writeCharacters(QString()); // closes the start tag before the raw XML
    w.device()->write(WAYMARK_PPTX_GROUP);
}

// The end of what startShapeTree() began: the colours follow the master.
void endShapeTree(QXmlStreamWriter &w)
{
    w.writeEndElement(); // spTree
    w.writeEndElement(); // cSld
    w.writeStartElement(QStringLiteral("p:clrMapOvr"));
    w.writeEmptyElement(QStringLiteral("a:masterClrMapping"));
    w.writeEndElement();
    w.writeEndElement(); // root
}

struct Run
{
    QString text;
    int size = 1800; // hundredths of a point
    bool bold = false;
    QString colour;  // "RRGGBB"; empty: the theme's text colour
};

struct Picture
{
    QByteArray png;
    QString description; // alt text
};

// One slide being written: its XML, its pictures and its notes.
class Slide
{
public:
    explicit Slide(const QString &lang) : m_lang(lang), m_w(&m_xml)
    {
        m_w.writeStartDocument(QStringLiteral("1.0"), true);
        startShapeTree(m_w, QStringLiteral("p:sld"));
    }

    void title(const QString &text)
    {
        m_w.writeStartElement(QStringLiteral("p:sp"));
        nonVisual(QStringLiteral("p:nvSpPr"), QStringLiteral("Title"), QStringLiteral("p:cNvSpPr"));
        m_w.writeStartElement(QStringLiteral("p:nvPr"));
        m_w.writeEmptyElement(QStringLiteral("p:ph"));
        m_w.writeAttribute(QStringLiteral("type"), QStringLiteral("title"));
        m_w.writeEndElement();
        m_w.writeEndElement(); // nvSpPr
        shapeProperties(titleRect, false);
        textBody({{{text, 2800, true, {}}}}, QStringLiteral("b"));
        m_w.writeEndElement();
    }

    // A text box; each inner list is one paragraph.
    void text(const QRect &rect, const QList<QList<Run>> &paragraphs, const QString &anchor = {})
    {
        m_w.writeStartElement(QStringLiteral("p:sp"));
        nonVisual(QStringLiteral("p:nvSpPr"), QStringLiteral("Text %1").arg(m_nextId),
                  QStringLiteral("p:cNvSpPr"), true);
        m_w.writeEmptyElement(QStringLiteral("p:nvPr"));
        m_w.writeEndElement();
        shapeProperties(rect, true);
        textBody(paragraphs, anchor);
        m_w.writeEndElement();
    }

    // The picture fitted into `rect`, centred, keeping its proportions.
    void picture(const QImage &image, const QRect &rect, const QString &description)
    {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        m_pictures.append({png, description});
        const double scale = std::min(double(rect.width()) / image.width(),
                                      double(rect.height()) / image.height());
        const qint64 cx = qint64(image.width() * scale), cy = qint64(image.height() * scale);
        const QRect placed(int(rect.x() + (rect.width() - cx) / 2),
                           int(rect.y() + (rect.height() - cy) / 2), int(cx), int(cy));
        m_w.writeStartElement(QStringLiteral("p:pic"));
        m_w.writeStartElement(QStringLiteral("p:nvPicPr"));
        m_w.writeStartElement(QStringLiteral("p:cNvPr"));
        m_w.writeAttribute(QStringLiteral("id"), QString::number(m_nextId));
        m_w.writeAttribute(QStringLiteral("name"), QStringLiteral("Picture %1").arg(m_nextId++));
        m_w.writeAttribute(QStringLiteral("descr"), OpcZip::xmlSafe(description));
        m_w.writeEndElement();
        m_w.writeStartElement(QStringLiteral("p:cNvPicPr"));
        m_w.writeEmptyElement(QStringLiteral("a:picLocks"));
        m_w.writeAttribute(QStringLiteral("noChangeAspect"), QStringLiteral("1"));
        m_w.writeEndElement();
        m_w.writeEmptyElement(QStringLiteral("p:nvPr"));
        m_w.writeEndElement(); // nvPicPr
        m_w.writeStartElement(QStringLiteral("p:blipFill"));
        m_w.writeEmptyElement(QStringLiteral("a:blip"));
        m_w.writeAttribute(QStringLiteral("r:embed"), pictureRel(int(m_pictures.size()) - 1));
        m_w.writeStartElement(QStringLiteral("a:stretch"));
        m_w.writeEmptyElement(QStringLiteral("a:fillRect"));
        m_w.writeEndElement();
        m_w.writeEndElement(); // blipFill
        shapeProperties(placed, true, false);
        m_w.writeEndElement(); // pic
    }

    // A table with a header row; widths in EMU.
    void table(const QRect &rect, const QList<qint64> &widths, const QList<QStringList> &rows,
               int fontSize = 1200)
    {
        m_w.writeStartElement(QStringLiteral("p:graphicFrame"));
        m_w.writeStartElement(QStringLiteral("p:nvGraphicFramePr"));
        m_w.writeEmptyElement(QStringLiteral("p:cNvPr"));
        m_w.writeAttribute(QStringLiteral("id"), QString::number(m_nextId));
        m_w.writeAttribute(QStringLiteral("name"), QStringLiteral("Table %1").arg(m_nextId++));
        m_w.writeStartElement(QStringLiteral("p:cNvGraphicFramePr"));
        m_w.writeEmptyElement(QStringLiteral("a:graphicFrameLocks"));
        m_w.writeAttribute(QStringLiteral("noGrp"), QStringLiteral("1"));
        m_w.writeEndElement();
        m_w.writeEmptyElement(QStringLiteral("p:nvPr"));
        m_w.writeEndElement();
        m_w.writeStartElement(QStringLiteral("p:xfrm"));
        offsetAndExtent(rect);
        m_w.writeEndElement();
        m_w.writeStartElement(QStringLiteral("a:graphic"));
        m_w.writeStartElement(QStringLiteral("a:graphicData"));
        m_w.writeAttribute(QStringLiteral("uri"),
                           QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/table"));
        m_w.writeStartElement(QStringLiteral("a:tbl"));
        m_w.writeEmptyElement(QStringLiteral("a:tblPr"));
        m_w.writeAttribute(QStringLiteral("firstRow"), QStringLiteral("1"));
        m_w.writeStartElement(QStringLiteral("a:tblGrid"));
        for (qint64 width : widths) {
            m_w.writeEmptyElement(QStringLiteral("a:gridCol"));
            m_w.writeAttribute(QStringLiteral("w"), QString::number(width));
        }
        m_w.writeEndElement();
        const qint64 rowHeight = rect.height() / std::max<qsizetype>(1, rows.size());
        for (int r = 0; r < rows.size(); ++r) {
            m_w.writeStartElement(QStringLiteral("a:tr"));
            m_w.writeAttribute(QStringLiteral("h"), QString::number(rowHeight));
            for (const QString &cell : rows[r]) {
                m_w.writeStartElement(QStringLiteral("a:tc"));
                m_w.writeStartElement(QStringLiteral("a:txBody"));
                m_w.writeEmptyElement(QStringLiteral("a:bodyPr"));
                m_w.writeEmptyElement(QStringLiteral("a:lstStyle"));
                for (const QString &line : cell.split(QLatin1Char('\n')))
                    paragraph({{line, fontSize, r == 0, {}}});
                m_w.writeEndElement();
                m_w.writeStartElement(QStringLiteral("a:tcPr"));
                for (const char *edge : {"a:lnL", "a:lnR", "a:lnT", "a:lnB"}) {
                    m_w.writeStartElement(QLatin1String(edge));
                    m_w.writeAttribute(QStringLiteral("w"), QStringLiteral("6350"));
                    solidFill(QStringLiteral("C8CED6"));
                    m_w.writeEndElement();
                }
                solidFill(r == 0 ? QStringLiteral("E3E8EF") : QStringLiteral("FFFFFF"));
                m_w.writeEndElement();
                m_w.writeEndElement(); // tc
            }
            m_w.writeEndElement(); // tr
        }
        m_w.writeEndElement(); // tbl
        m_w.writeEndElement(); // graphicData
        m_w.writeEndElement(); // graphic
        m_w.writeEndElement(); // graphicFrame
    }

    void notes(const QStringList &paragraphs) { m_notes = paragraphs; }

    QByteArray xml()
    {
        endShapeTree(m_w);
        m_w.writeEndDocument();
        return m_xml;
    }
    const QList<Picture> &pictures() const { return m_pictures; }
    const QStringList &notesText() const { return m_notes; }
    // rId1 is the layout, rId2 the notes, then the pictures.
    static QString pictureRel(int index) { return QStringLiteral("rId%1").arg(index + 3); }

    // The notes page's XML (PresentationML needs the slide image and the body placeholders).
    QByteArray notesXml() const
    {
        return OpcZip::xml([&](QXmlStreamWriter &w) {
            startShapeTree(w, QStringLiteral("p:notes"));
            w.device()->write(
                "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image\"/><p:cNvSpPr><a:spLocks "
                "noGrp=\"1\" noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr><p:nvPr><p:ph "
                "type=\"sldImg\"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>");
            w.writeStartElement(QStringLiteral("p:sp"));
            w.writeCharacters(QString());
            w.device()->write("<p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes\"/><p:cNvSpPr><a:spLocks "
                              "noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"body\" idx=\"1\"/>"
                              "</p:nvPr></p:nvSpPr><p:spPr/>");
            w.writeStartElement(QStringLiteral("p:txBody"));
            w.writeEmptyElement(QStringLiteral("a:bodyPr"));
            w.writeEmptyElement(QStringLiteral("a:lstStyle"));
            for (const QString &p : m_notes) {
                w.writeStartElement(QStringLiteral("a:p"));
                w.writeStartElement(QStringLiteral("a:r"));
                w.writeEmptyElement(QStringLiteral("a:rPr"));
                w.writeAttribute(QStringLiteral("lang"), m_lang);
                w.writeTextElement(QStringLiteral("a:t"), OpcZip::xmlSafe(p));
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement(); // txBody
            w.writeEndElement(); // sp
            endShapeTree(w);
        });
    }

private:
    void nonVisual(const QString &element, const QString &name, const QString &cNv,
                   bool textBox = false)
    {
        m_w.writeStartElement(element);
        m_w.writeEmptyElement(QStringLiteral("p:cNvPr"));
        m_w.writeAttribute(QStringLiteral("id"), QString::number(m_nextId++));
        m_w.writeAttribute(QStringLiteral("name"), name);
        if (textBox) {
            m_w.writeEmptyElement(cNv);
            m_w.writeAttribute(QStringLiteral("txBox"), QStringLiteral("1"));
        } else {
            m_w.writeStartElement(cNv);
            m_w.writeEmptyElement(QStringLiteral("a:spLocks"));
            m_w.writeAttribute(QStringLiteral("noGrp"), QStringLiteral("1"));
            m_w.writeEndElement();
        }
    }

    void offsetAndExtent(const QRect &r)
    {
        m_w.writeEmptyElement(QStringLiteral("a:off"));
        m_w.writeAttribute(QStringLiteral("x"), QString::number(r.x()));
        m_w.writeAttribute(QStringLiteral("y"), QString::number(r.y()));
        m_w.writeEmptyElement(QStringLiteral("a:ext"));
        m_w.writeAttribute(QStringLiteral("cx"), QString::number(r.width()));
        m_w.writeAttribute(QStringLiteral("cy"), QString::number(r.height()));
    }

    void shapeProperties(const QRect &r, bool geometry, bool noFill = true)
    {
        m_w.writeStartElement(QStringLiteral("p:spPr"));
        m_w.writeStartElement(QStringLiteral("a:xfrm"));
        offsetAndExtent(r);
        m_w.writeEndElement();
        if (geometry) {
            m_w.writeStartElement(QStringLiteral("a:prstGeom"));
            m_w.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
            m_w.writeEmptyElement(QStringLiteral("a:avLst"));
            m_w.writeEndElement();
            if (noFill) m_w.writeEmptyElement(QStringLiteral("a:noFill"));
        }
        m_w.writeEndElement();
    }

    void solidFill(const QString &rgb)
    {
        m_w.writeStartElement(QStringLiteral("a:solidFill"));
        m_w.writeEmptyElement(QStringLiteral("a:srgbClr"));
        m_w.writeAttribute(QStringLiteral("val"), rgb);
        m_w.writeEndElement();
    }

    void paragraph(const QList<Run> &runs)
    {
        m_w.writeStartElement(QStringLiteral("a:p"));
        for (const Run &run : runs) {
            m_w.writeStartElement(QStringLiteral("a:r"));
            m_w.writeStartElement(QStringLiteral("a:rPr"));
            m_w.writeAttribute(QStringLiteral("lang"), m_lang);
            m_w.writeAttribute(QStringLiteral("sz"), QString::number(run.size));
            if (run.bold) m_w.writeAttribute(QStringLiteral("b"), QStringLiteral("1"));
            if (!run.colour.isEmpty()) solidFill(run.colour);
            m_w.writeEndElement();
            m_w.writeTextElement(QStringLiteral("a:t"), OpcZip::xmlSafe(run.text));
            m_w.writeEndElement();
        }
        if (runs.isEmpty()) {
            m_w.writeEmptyElement(QStringLiteral("a:endParaRPr"));
            m_w.writeAttribute(QStringLiteral("lang"), m_lang);
        }
        m_w.writeEndElement();
    }

    void textBody(const QList<QList<Run>> &paragraphs, const QString &anchor)
    {
        m_w.writeStartElement(QStringLiteral("p:txBody"));
        m_w.writeStartElement(QStringLiteral("a:bodyPr"));
        m_w.writeAttribute(QStringLiteral("wrap"), QStringLiteral("square"));
        if (!anchor.isEmpty()) m_w.writeAttribute(QStringLiteral("anchor"), anchor);
        m_w.writeEmptyElement(QStringLiteral("a:normAutofit"));
        m_w.writeEndElement();
        m_w.writeEmptyElement(QStringLiteral("a:lstStyle"));
        for (const QList<Run> &p : paragraphs)
            paragraph(p);
        m_w.writeEndElement();
    }

    QString m_lang;
    QByteArray m_xml;
    QXmlStreamWriter m_w;
    int m_nextId = 2;
    QList<Picture> m_pictures;
    QStringList m_notes;
};

QByteArray relationships(const QList<std::pair<QString, QString>> &targets)
{
    return OpcZip::xml([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("Relationships"));
        w.writeDefaultNamespace(
            QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships"));
        for (int i = 0; i < targets.size(); ++i) {
            w.writeEmptyElement(QStringLiteral("Relationship"));
            w.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId%1").arg(i + 1));
            w.writeAttribute(QStringLiteral("Type"), targets[i].first);
            w.writeAttribute(QStringLiteral("Target"), targets[i].second);
        }
        w.writeEndElement();
    });
}

// A picture of `journey` wide enough to be crisp (about 240 dpi) where the slide shows it.
QImage mapPicture(const Project &project, const Journey &journey, const MapExportOptions &o,
                  const QRect &area, QString *error)
{
    const QRectF bounds = MapLayout::compute(journey).bounds;
    if (bounds.isEmpty()) {
        *error = Storage::tr("a journey without stages or lanes cannot be drawn");
        return {};
    }
    const double inches = std::min(double(area.width()) / Emu,
                                   double(area.height()) / Emu * bounds.width() / bounds.height());
    MapExportOptions picture = o;
    picture.titleBlock = false;
    picture.transparent = false;
    picture.pngOnPage = false;
    picture.widthPx = std::clamp(int(inches * 240), 800, 6000);
    return MapExport::renderImage(project, journey.id, picture, error);
}

// The stages' text for the speaker notes: each stage, then each lane's cards in it.
QStringList stageNotes(const Journey &j)
{
    QStringList lines;
    for (const Stage &s : j.stages) {
        lines.append(s.description.isEmpty() ? s.name
                                             : QStringLiteral("%1: %2").arg(s.name, s.description));
        for (const Lane &l : j.lanes) {
            QStringList texts;
            for (const Card *c : j.cellCards(s.id, l.id))
                if (!c->text.trimmed().isEmpty()) texts.append(c->text.simplified());
            if (!texts.isEmpty())
                lines.append(QStringLiteral("  – %1: %2").arg(l.title, texts.join(QStringLiteral("; "))));
        }
    }
    return lines;
}

QImage chartsPicture(const Project &project, const Journey &j, const MapExportOptions &o,
                     const QString &title)
{
    const StageSeries series =
        StageSeries::compute(project, j, o.overlayMetric, o.overlayPeriod, o.overlaySegment);
    QImage image(2400, 1200, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(2.0, 2.0); // points drawn at 2x for a crisp slide
    paintStageCharts(&painter, QRectF(0, 0, 1200, 600), series, title);
    return image;
}

} // namespace

bool write(const Project &project, const QList<Id> &journeyIds, const QString &path,
           const MapExportOptions &o, QString *error)
{
    const bool german = project.info.language == QLatin1String("de");
    const QString lang = german ? QStringLiteral("de-DE") : QStringLiteral("en-US");
    auto label = [german](const char *english, const char *deutsch) {
        return QString::fromUtf8(german ? deutsch : english);
    };
    QList<const Journey *> journeys;
    for (const Id &id : journeyIds)
        if (const Journey *j = project.journey(id)) journeys.append(j);
    if (journeys.isEmpty()) {
        *error = Storage::tr("there is no journey to export");
        return false;
    }
    QList<Slide *> slides;
    auto cleanup = qScopeGuard([&] { qDeleteAll(slides); });
    auto add = [&] {
        slides.append(new Slide(lang));
        return slides.last();
    };

    // The title slide.
    {
        Slide *s = add();
        s->title(project.info.title.isEmpty() ? journeys.first()->name : project.info.title);
        QList<QList<Run>> lines;
        if (!project.info.client.isEmpty()) lines.append({{project.info.client, 2400, true, {}}});
        for (const Journey *j : journeys)
            lines.append({{j->name, 2000, false, {}}});
        lines.append(QList<Run>());
        lines.append({{QLocale(german ? QLocale::German : QLocale::English)
                           .toString(QDate::currentDate(), QLocale::LongFormat),
                       1400, false, QStringLiteral("5A6472")}});
        if (!project.info.author.isEmpty())
            lines.append({{project.info.author, 1400, false, QStringLiteral("5A6472")}});
        s->text(bodyRect, lines);
    }
    QList<Id> personaIds;
    for (const Journey *j : journeys) {
        Slide *s = add();
        s->title(j->name);
        const QImage map = mapPicture(project, *j, o, bodyRect, error);
        if (map.isNull()) return false;
        s->picture(map, bodyRect, label("Journey map: %1", "Journey-Map: %1").arg(j->name));
        s->notes(stageNotes(*j));
        if (o.stageSlides) {
            // A stage's cards as a table of text, lane by lane: readable on a wide map, and
            // editable in the deck.
            for (const Stage &stage : j->stages) {
                Slide *st = add();
                st->title(QStringLiteral("%1 · %2").arg(j->name, stage.name));
                QList<QStringList> rows{{label("Lane", "Ebene"), label("Cards", "Karten")}};
                for (const Lane &lane : j->lanes) {
                    QStringList texts;
                    for (const Card *c : j->cellCards(stage.id, lane.id))
                        texts.append(c->emotion ? QStringLiteral("%1 (%2%3)")
                                                      .arg(c->text.simplified(),
                                                           *c->emotion > 0 ? QStringLiteral("+") : QString())
                                                      .arg(*c->emotion)
                                                : c->text.simplified());
                    if (!texts.isEmpty()) rows.append({lane.title, texts.join(QLatin1Char('\n'))});
                }
                if (!stage.description.isEmpty())
                    st->text(QRect(bodyRect.x(), bodyRect.y() - Emu / 8, bodyRect.width(), Emu / 2),
                             {{{stage.description, 1400, false, QStringLiteral("5A6472")}}});
                st->table(QRect(bodyRect.x(), bodyRect.y() + Emu * 3 / 8, bodyRect.width(),
                                int(std::min<qint64>(bodyRect.height() - Emu / 2,
                                                     300000 * rows.size()))),
                          {Emu * 5 / 2, bodyRect.width() - Emu * 5 / 2}, rows, 1100);
                Journey only = *j;
                only.stages = {stage};
                st->notes(stageNotes(only));
            }
        }
        const int metricIndex = indexOfId(project.metrics, o.overlayMetric);
        if (!o.overlayMetric.isNull() && metricIndex >= 0) {
            const QList<FrictionPoint> ranked =
                Friction::rank(project, *j, o.overlayPeriod, o.overlaySegment).mid(0, 10);
            Slide *f = add();
            f->title(label("Friction points: %1", "Reibungspunkte: %1").arg(j->name));
            QList<QStringList> rows{{label("#", "#"), label("Where", "Wo"),
                                     label("Stage", "Phase"), label("Why", "Warum")}};
            for (int i = 0; i < ranked.size(); ++i) {
                const int stage = indexOfId(j->stages, ranked[i].stageId);
                rows.append({QString::number(i + 1), ranked[i].label,
                             stage >= 0 ? j->stages[stage].name : QString(),
                             ranked[i].reasons.join(QStringLiteral("; "))});
            }
            if (ranked.isEmpty())
                f->text(bodyRect, {{{label("No friction points: every value is within its "
                                           "thresholds.",
                                           "Keine Reibungspunkte: Alle Werte liegen innerhalb "
                                           "ihrer Schwellen."),
                                     2000, false, {}}}});
            else
                f->table(QRect(bodyRect.x(), bodyRect.y(), bodyRect.width(),
                               int(std::min<qint64>(bodyRect.height(), 420000 * rows.size()))),
                         {Emu / 2, Emu * 4, Emu * 2, bodyRect.width() - Emu * 13 / 2}, rows);
            Slide *c = add();
            const QString metric = project.metrics[metricIndex].name;
            c->title(label("%1 by stage: %2", "%1 nach Phase: %2").arg(metric, j->name));
            c->picture(chartsPicture(project, *j, o, metric), bodyRect,
                       label("Charts of %1 by stage", "Diagramme von %1 nach Phase").arg(metric));
        }
        for (const Id &id : j->personaIds)
            if (!personaIds.contains(id)) personaIds.append(id);
    }
    for (const Id &id : personaIds) {
        const Persona *persona = project.persona(id);
        if (!persona) continue;
        Slide *s = add();
        s->title(persona->name);
        const QSizeF page = PersonaSheet::pageSize() * (150.0 / 72.0);
        QImage sheet(page.toSize(), QImage::Format_ARGB32_Premultiplied);
        sheet.fill(Qt::white);
        {
            QPainter painter(&sheet);
            painter.setRenderHint(QPainter::Antialiasing);
            PersonaSheet(project, *persona).paint(&painter, QRectF(QPointF(0, 0), page));
        }
        s->picture(sheet, bodyRect, label("Persona: %1", "Persona: %1").arg(persona->name));
        QStringList facts;
        for (const QString &v : {persona->role, persona->segment, persona->quote})
            if (!v.isEmpty()) facts.append(v);
        s->notes(facts);
    }

    // The package.
    QList<OpcZip::Part> parts;
    QList<std::pair<QString, QString>> presentationRels{
        {relBase + QStringLiteral("slideMaster"), QStringLiteral("slideMasters/slideMaster1.xml")},
        {relBase + QStringLiteral("notesMaster"), QStringLiteral("notesMasters/notesMaster1.xml")},
        {relBase + QStringLiteral("theme"), QStringLiteral("theme/theme1.xml")},
        {relBase + QStringLiteral("presProps"), QStringLiteral("presProps.xml")},
        {relBase + QStringLiteral("viewProps"), QStringLiteral("viewProps.xml")},
        {relBase + QStringLiteral("tableStyles"), QStringLiteral("tableStyles.xml")}};
    QByteArray overrides;
    auto override = [&](const QString &part, const QString &type) {
        overrides += "<Override PartName=\"/" + part.toUtf8() + "\" ContentType=\"" +
                     (type.startsWith(QLatin1String("application/")) ? type : typeBase + type)
                         .toUtf8() +
                     "\"/>";
    };
    int image = 0;
    for (int i = 0; i < slides.size(); ++i) {
        Slide *s = slides[i];
        const QString n = QString::number(i + 1);
        QList<std::pair<QString, QString>> rels{
            {relBase + QStringLiteral("slideLayout"), QStringLiteral("../slideLayouts/slideLayout1.xml")},
            {relBase + QStringLiteral("notesSlide"),
             QStringLiteral("../notesSlides/notesSlide%1.xml").arg(n)}};
        for (const Picture &p : s->pictures()) {
            const QString name = QStringLiteral("image%1.png").arg(++image);
            rels.append({relBase + QStringLiteral("image"), QStringLiteral("../media/") + name});
            parts.append({QStringLiteral("ppt/media/") + name, p.png});
        }
        parts.append({QStringLiteral("ppt/slides/slide%1.xml").arg(n), s->xml()});
        parts.append({QStringLiteral("ppt/slides/_rels/slide%1.xml.rels").arg(n), relationships(rels)});
        parts.append({QStringLiteral("ppt/notesSlides/notesSlide%1.xml").arg(n), s->notesXml()});
        parts.append({QStringLiteral("ppt/notesSlides/_rels/notesSlide%1.xml.rels").arg(n),
                      relationships({{relBase + QStringLiteral("notesMaster"),
                                      QStringLiteral("../notesMasters/notesMaster1.xml")},
                                     {relBase + QStringLiteral("slide"),
                                      QStringLiteral("../slides/slide%1.xml").arg(n)}})});
        presentationRels.append({relBase + QStringLiteral("slide"), QStringLiteral("slides/slide%1.xml").arg(n)});
        override(QStringLiteral("ppt/slides/slide%1.xml").arg(n),
                 QStringLiteral("presentationml.slide+xml"));
        override(QStringLiteral("ppt/notesSlides/notesSlide%1.xml").arg(n),
                 QStringLiteral("presentationml.notesSlide+xml"));
    }
    const QByteArray presentation = OpcZip::xml([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("p:presentation"));
        w.writeAttribute(QStringLiteral("xmlns:a"), nsA);
        w.writeAttribute(QStringLiteral("xmlns:r"), nsR);
        w.writeAttribute(QStringLiteral("xmlns:p"), nsP);
        w.writeAttribute(QStringLiteral("saveSubsetFonts"), QStringLiteral("1"));
        w.writeStartElement(QStringLiteral("p:sldMasterIdLst"));
        w.writeEmptyElement(QStringLiteral("p:sldMasterId"));
        w.writeAttribute(QStringLiteral("id"), QStringLiteral("2147483648"));
        w.writeAttribute(QStringLiteral("r:id"), QStringLiteral("rId1"));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("p:notesMasterIdLst"));
        w.writeEmptyElement(QStringLiteral("p:notesMasterId"));
        w.writeAttribute(QStringLiteral("r:id"), QStringLiteral("rId2"));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("p:sldIdLst"));
        for (int i = 0; i < slides.size(); ++i) {
            w.writeEmptyElement(QStringLiteral("p:sldId"));
            w.writeAttribute(QStringLiteral("id"), QString::number(256 + i));
            w.writeAttribute(QStringLiteral("r:id"), QStringLiteral("rId%1").arg(7 + i));
        }
        w.writeEndElement();
        w.writeEmptyElement(QStringLiteral("p:sldSz"));
        w.writeAttribute(QStringLiteral("cx"), QString::number(SlideWidth));
        w.writeAttribute(QStringLiteral("cy"), QString::number(SlideHeight));
        w.writeEmptyElement(QStringLiteral("p:notesSz"));
        w.writeAttribute(QStringLiteral("cx"), QStringLiteral("6858000"));
        w.writeAttribute(QStringLiteral("cy"), QStringLiteral("9144000"));
        w.writeEndElement();
    });
    override(QStringLiteral("ppt/presentation.xml"), QStringLiteral("presentationml.presentation.main+xml"));
    override(QStringLiteral("ppt/slideMasters/slideMaster1.xml"), QStringLiteral("presentationml.slideMaster+xml"));
    override(QStringLiteral("ppt/slideLayouts/slideLayout1.xml"), QStringLiteral("presentationml.slideLayout+xml"));
    override(QStringLiteral("ppt/notesMasters/notesMaster1.xml"), QStringLiteral("presentationml.notesMaster+xml"));
    override(QStringLiteral("ppt/theme/theme1.xml"), QStringLiteral("theme+xml"));
    override(QStringLiteral("ppt/theme/theme2.xml"), QStringLiteral("theme+xml"));
    override(QStringLiteral("ppt/presProps.xml"), QStringLiteral("presentationml.presProps+xml"));
    override(QStringLiteral("ppt/viewProps.xml"), QStringLiteral("presentationml.viewProps+xml"));
    override(QStringLiteral("ppt/tableStyles.xml"), QStringLiteral("presentationml.tableStyles+xml"));
    override(QStringLiteral("docProps/core.xml"), QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
    override(QStringLiteral("docProps/app.xml"), QStringLiteral("extended-properties+xml"));
    const QByteArray contentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default "
        "Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"png\" "
        "ContentType=\"image/png\"/>" + overrides + "</Types>";
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QByteArray core = OpcZip::xml([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("cp:coreProperties"));
        w.writeAttribute(QStringLiteral("xmlns:cp"), QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"));
        w.writeAttribute(QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
        w.writeAttribute(QStringLiteral("xmlns:dcterms"), QStringLiteral("http://purl.org/dc/terms/"));
        w.writeAttribute(QStringLiteral("xmlns:xsi"), QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"));
        w.writeTextElement(QStringLiteral("dc:title"), OpcZip::xmlSafe(project.info.title));
        w.writeTextElement(QStringLiteral("dc:creator"), OpcZip::xmlSafe(project.info.author));
        w.writeTextElement(QStringLiteral("dc:language"), lang);
        for (const char *stamp : {"dcterms:created", "dcterms:modified"}) {
            w.writeStartElement(QLatin1String(stamp));
            w.writeAttribute(QStringLiteral("xsi:type"), QStringLiteral("dcterms:W3CDTF"));
            w.writeCharacters(now);
            w.writeEndElement();
        }
        w.writeEndElement();
    });
    const QByteArray app = OpcZip::xml([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("Properties"));
        w.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
        w.writeTextElement(QStringLiteral("Application"), QStringLiteral("Waymark"));
        w.writeTextElement(QStringLiteral("Slides"), QString::number(slides.size()));
        w.writeEndElement();
    });
    parts.append({
        {QStringLiteral("[Content_Types].xml"), contentTypes},
        {QStringLiteral("_rels/.rels"),
         relationships({{relBase + QStringLiteral("officeDocument"), QStringLiteral("ppt/presentation.xml")},
                        {QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
                         QStringLiteral("docProps/core.xml")},
                        {relBase + QStringLiteral("extended-properties"), QStringLiteral("docProps/app.xml")}})},
        {QStringLiteral("docProps/core.xml"), core},
        {QStringLiteral("docProps/app.xml"), app},
        {QStringLiteral("ppt/presentation.xml"), presentation},
        {QStringLiteral("ppt/_rels/presentation.xml.rels"), relationships(presentationRels)},
        {QStringLiteral("ppt/slideMasters/slideMaster1.xml"), master},
        {QStringLiteral("ppt/slideMasters/_rels/slideMaster1.xml.rels"),
         relationships({{relBase + QStringLiteral("slideLayout"), QStringLiteral("../slideLayouts/slideLayout1.xml")},
                        {relBase + QStringLiteral("theme"), QStringLiteral("../theme/theme1.xml")}})},
        {QStringLiteral("ppt/slideLayouts/slideLayout1.xml"), layout},
        {QStringLiteral("ppt/slideLayouts/_rels/slideLayout1.xml.rels"),
         relationships({{relBase + QStringLiteral("slideMaster"), QStringLiteral("../slideMasters/slideMaster1.xml")}})},
        {QStringLiteral("ppt/notesMasters/notesMaster1.xml"), notesMaster},
        {QStringLiteral("ppt/notesMasters/_rels/notesMaster1.xml.rels"),
         relationships({{relBase + QStringLiteral("theme"), QStringLiteral("../theme/theme2.xml")}})},
        {QStringLiteral("ppt/theme/theme1.xml"), theme},
        {QStringLiteral("ppt/theme/theme2.xml"), theme},
        {QStringLiteral("ppt/presProps.xml"), presProps},
        {QStringLiteral("ppt/viewProps.xml"), viewProps},
        {QStringLiteral("ppt/tableStyles.xml"), tableStyles},
    });
    return OpcZip::write(path, parts, Storage::tr("the presentation could not be written"), error);
}

} // namespace waymark::PptxExport
