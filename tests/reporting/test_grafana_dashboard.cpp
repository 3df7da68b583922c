// The city dashboard resources/grafana/tafel-city.json: valid JSON, schema 38, a Prometheus datasource variable,
// school -> room -> device variables, and every PromQL expression (panel targets and variable queries) uses only
// metric names the reporting module defines (reporting::metricInfos()).
#include "reporting/healthreport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace tafel::reporting;

class GrafanaDashboardTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void structure();
    void metricNames_data();
    void metricNames();
    void checkerFindsMetricNames();

private:
    static QStringList metricsOf(QString expr);
    QJsonObject m_dash;
    QList<QPair<QString, QString>> m_exprs; // where, expr
};

void GrafanaDashboardTest::initTestCase()
{
    QFile f(QStringLiteral(TAFEL_SOURCE_DIR "/resources/grafana/tafel-city.json"));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.errorString()));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(err.errorString()));
    QVERIFY(doc.isObject());
    m_dash = doc.object();
    const std::function<void(const QJsonArray &)> walk = [&](const QJsonArray &panels) {
        for (const QJsonValue &p : panels) {
            const QJsonObject panel = p.toObject();
            for (const QJsonValue &t : panel.value(QStringLiteral("targets")).toArray())
                m_exprs.append({panel.value(QStringLiteral("title")).toString(), t.toObject().value(QStringLiteral("expr")).toString()});
            walk(panel.value(QStringLiteral("panels")).toArray());
        }
    };
    walk(m_dash.value(QStringLiteral("panels")).toArray());
    for (const QJsonValue &v : m_dash.value(QStringLiteral("templating")).toObject().value(QStringLiteral("list")).toArray()) {
        const QJsonObject var = v.toObject();
        if (var.value(QStringLiteral("type")).toString() != QLatin1String("query"))
            continue;
        const QJsonValue q = var.value(QStringLiteral("query"));
        m_exprs.append({QLatin1Char('$') + var.value(QStringLiteral("name")).toString(),
                        q.isObject() ? q.toObject().value(QStringLiteral("query")).toString() : q.toString()});
    }
}

void GrafanaDashboardTest::structure()
{
    QCOMPARE(m_dash.value(QStringLiteral("schemaVersion")).toInt(), 38);
    QVERIFY(!m_dash.value(QStringLiteral("uid")).toString().isEmpty());
    QStringList vars;
    for (const QJsonValue &v : m_dash.value(QStringLiteral("templating")).toObject().value(QStringLiteral("list")).toArray()) {
        const QJsonObject var = v.toObject();
        vars << var.value(QStringLiteral("name")).toString();
        if (var.value(QStringLiteral("type")).toString() == QLatin1String("datasource"))
            QCOMPARE(var.value(QStringLiteral("query")).toString(), QStringLiteral("prometheus"));
    }
    QCOMPARE(vars, (QStringList{QStringLiteral("datasource"), QStringLiteral("school"), QStringLiteral("room"), QStringLiteral("device")}));
    QVERIFY(m_exprs.size() > 10);
    for (const auto &[where, expr] : std::as_const(m_exprs))
        QVERIFY2(!expr.trimmed().isEmpty(), qPrintable(where));
    // Every panel and target queries the chosen datasource.
    const QByteArray text = QJsonDocument(m_dash).toJson(QJsonDocument::Compact);
    QVERIFY(!text.contains("\"uid\":\"prometheus\""));
}

// Metric names of a PromQL expression: identifiers outside strings, label matchers, ranges, grouping clauses and
// function calls. label_values(SELECTOR, LABEL) contributes only its selector.
QStringList GrafanaDashboardTest::metricsOf(QString expr)
{
    static const QRegularExpression labelValues(QStringLiteral("^\\s*label_values\\((.*),\\s*\\w+\\s*\\)\\s*$"));
    if (const auto m = labelValues.match(expr); m.hasMatch())
        expr = m.captured(1);
    static const QList<QRegularExpression> strip{
        QRegularExpression(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"")),                                      // strings
        QRegularExpression(QStringLiteral("\\{[^}]*\\}")),                                                   // label matchers
        QRegularExpression(QStringLiteral("\\[[^\\]]*\\]")),                                                 // ranges
        QRegularExpression(QStringLiteral("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)")), // label lists
        QRegularExpression(QStringLiteral("\\$\\w+")),                                                       // variables
    };
    for (const QRegularExpression &re : strip)
        expr.replace(re, QStringLiteral(" "));
    static const QSet<QString> keywords{QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("unless"), QStringLiteral("bool"),
                                        QStringLiteral("offset"), QStringLiteral("by"), QStringLiteral("without"), QStringLiteral("on"),
                                        QStringLiteral("ignoring"), QStringLiteral("inf"), QStringLiteral("nan")};
    static const QRegularExpression ident(QStringLiteral("(?<![\\w.])([A-Za-z_:][A-Za-z0-9_:]*)(\\s*\\()?"));
    QStringList out;
    for (auto it = ident.globalMatch(expr); it.hasNext();) {
        const auto m = it.next();
        if (!m.captured(2).isEmpty() || keywords.contains(m.captured(1).toLower()))
            continue; // a function call or an operator
        out << m.captured(1);
    }
    return out;
}

void GrafanaDashboardTest::metricNames_data()
{
    QTest::addColumn<QString>("expr");
    for (const auto &[where, expr] : std::as_const(m_exprs))
        QTest::newRow(qPrintable(where + QStringLiteral(": ") + expr)) << expr;
}

void GrafanaDashboardTest::metricNames()
{
    QFETCH(QString, expr);
    QSet<QString> known;
    for (const MetricInfo &m : metricInfos())
        known.insert(QString::fromLatin1(m.name));
    const QStringList used = metricsOf(expr);
    QVERIFY2(!used.isEmpty(), "no metric in the expression");
    for (const QString &name : used)
        QVERIFY2(known.contains(name), qPrintable(QStringLiteral("'%1' is not a metric of modules/reporting").arg(name)));
}

void GrafanaDashboardTest::checkerFindsMetricNames()
{
    // The checker itself: it finds metric names and ignores functions, labels, strings, ranges and variables.
    QCOMPARE(metricsOf(QStringLiteral("sum by (school, room) (rate(foo_total{a=\"b\", room=~\"$room\"}[5m])) > bool 0 or vector(0)")),
             QStringList{QStringLiteral("foo_total")});
    QCOMPARE(metricsOf(QStringLiteral("time() - tafel_report_timestamp_seconds")), QStringList{QStringLiteral("tafel_report_timestamp_seconds")});
    QCOMPARE(metricsOf(QStringLiteral("label_values(push_time_seconds{school=~\"$school\"}, room)")), QStringList{QStringLiteral("push_time_seconds")});
}

QTEST_GUILESS_MAIN(GrafanaDashboardTest)
#include "test_grafana_dashboard.moc"
