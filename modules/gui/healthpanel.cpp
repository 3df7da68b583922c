#include "gui/healthpanel.h"
#include "gui/historychart.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tafel::gui {

HealthPanel::HealthPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("healthPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(12, 8, 12, 8);
    root->setSpacing(6);
    auto *head = new QHBoxLayout;
    m_title = new QLabel(tr("Network"), this);
    m_title->setObjectName(QStringLiteral("healthPanelTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    head->addWidget(m_title);
    m_broadband = new QLabel(this);
    m_broadband->setObjectName(QStringLiteral("healthPanelBroadband"));
    head->addWidget(m_broadband, 1);
    auto *group = new QButtonGroup(this);
    const std::pair<Range, QString> ranges[] = {{Range::Day, tr("24 h")}, {Range::Week, tr("7 days")}, {Range::Month, tr("30 days")}};
    for (const auto &[range, label] : ranges) {
        auto *b = new QPushButton(label, this);
        b->setCheckable(true);
        b->setChecked(range == m_range);
        b->setMinimumHeight(40);
        b->setAccessibleName(tr("Show %1").arg(label));
        group->addButton(b);
        head->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, range] {
            if (m_range == range)
                return;
            m_range = range;
            Q_EMIT rangeChanged(range);
        });
    }
    root->addLayout(head);
    m_devices = new QLabel(this);
    m_devices->setObjectName(QStringLiteral("healthPanelDevices"));
    m_devices->setWordWrap(true);
    m_devices->setTextFormat(Qt::RichText);
    root->addWidget(m_devices);
    m_chart = new HistoryChart(this);
    m_chart->setMinimumHeight(170);
    root->addWidget(m_chart, 1);
}

void HealthPanel::setTitle(const QString &text)
{
    m_title->setText(text);
}

void HealthPanel::setDevicesText(const QString &html)
{
    m_devices->setText(html);
    m_devices->setVisible(!html.isEmpty());
}

void HealthPanel::setBroadbandText(const QString &text)
{
    m_broadband->setText(text);
}

} // namespace tafel::gui
