#pragma once

#include <QFrame>

class QLabel;

namespace Quayside::Ui {

// A dashboard number with its title and a short caption; turns red when its alert threshold is crossed.
class StatTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatTile)

public:
    StatTile(const QString &title, const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value);
    void setCaption(const QString &caption);
    void setAlert(bool alert);
    QString value() const;
    bool isAlert() const { return m_alert; }

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_caption;
    bool m_alert = false;
};

} // namespace Quayside::Ui
