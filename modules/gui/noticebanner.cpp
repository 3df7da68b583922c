#include "gui/noticebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

namespace tafel::gui {

NoticeBanner::NoticeBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("noticeBanner"));
    setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 8, 12, 8);
    layout->setSpacing(16);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    m_close = new QPushButton(tr("OK"), this);
    m_close->setObjectName(QStringLiteral("noticeClose"));
    m_close->setAccessibleName(tr("Close the message"));
    layout->addWidget(m_close);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void NoticeBanner::showMessage(const QString &text, Kind kind, int timeoutMs)
{
    m_text->setText(text);
    setProperty("kind", kind == Kind::Error ? QStringLiteral("error") : QStringLiteral("info"));
    m_text->setProperty("kind", property("kind"));
    for (QWidget *w : {static_cast<QWidget *>(this), static_cast<QWidget *>(m_text.data())}) {
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
    show();
    if (timeoutMs > 0)
        m_timer->start(timeoutMs);
    else
        m_timer->stop();
}

QString NoticeBanner::text() const
{
    return m_text->text();
}

} // namespace tafel::gui
