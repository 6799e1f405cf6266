// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "visibletexts.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QToolBar>

#include <algorithm>

namespace {

// Enough rows of a view to see every kind of cell without dumping a whole outbox.
constexpr int MaxRowsPerView = 40;

QString pathOf(const QObject *object, const QObject *root)
{
    QStringList parts;
    for (const QObject *o = object; o; o = o->parent()) {
        QString part = QString::fromLatin1(o->metaObject()->className());
        if (!o->objectName().isEmpty())
            part += QLatin1Char('#') + o->objectName();
        else if (const QObject *parent = o->parent(); parent && o != root)
            part += QLatin1Char('[') + QString::number(parent->children().indexOf(o))
                + QLatin1Char(']');
        parts.prepend(part);
        if (o == root)
            break;
    }
    return parts.join(QLatin1Char('/'));
}

class Collector
{
public:
    explicit Collector(const QWidget *root)
        : m_root(root)
    { }

    void add(const QObject *where, const QString &what, QString text)
    {
        if (Qt::mightBeRichText(text))
            text = QTextDocumentFragment::fromHtml(text).toPlainText();
        text = text.simplified();
        if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); }))
            return; // nothing to translate in "…", "—" or "42"
        m_lines << pathOf(where, m_root) + QLatin1Char(':') + what + QLatin1Char('\t') + text;
    }

    void addActions(const QWidget *owner, const QList<QAction *> &actions)
    {
        for (const QAction *action : actions) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QString name = QStringLiteral("action[%1]").arg(actions.indexOf(action));
            add(owner, name, action->text());
            if (action->toolTip() != QString(action->text()).remove(QLatin1Char('&')))
                add(owner, name + QStringLiteral(".toolTip"), action->toolTip());
            add(owner, name + QStringLiteral(".statusTip"), action->statusTip());
            if (const QMenu *menu = action->menu())
                addActions(menu, menu->actions());
        }
    }

    void addView(const QAbstractItemView *view)
    {
        const QAbstractItemModel *model = view->model();
        if (!model)
            return;
        for (int column = 0; column < model->columnCount(); ++column)
            add(view, QStringLiteral("header[%1]").arg(column),
                model->headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < qMin(model->rowCount(), MaxRowsPerView); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const QString where = QStringLiteral("cell[%1,%2]").arg(row).arg(column);
                add(view, where, index.data(Qt::DisplayRole).toString());
                add(view, where + QStringLiteral(".toolTip"),
                    index.data(Qt::ToolTipRole).toString());
            }
        }
    }

    void addWidget(const QWidget *widget)
    {
        add(widget, QStringLiteral("toolTip"), widget->toolTip());
        add(widget, QStringLiteral("accessibleName"), widget->accessibleName());
        add(widget, QStringLiteral("accessibleDescription"), widget->accessibleDescription());
        if (widget->isWindow() || qobject_cast<const QDockWidget *>(widget))
            add(widget, QStringLiteral("title"), widget->windowTitle());
        if (auto *label = qobject_cast<const QLabel *>(widget))
            add(widget, QStringLiteral("text"), label->text());
        else if (auto *button = qobject_cast<const QAbstractButton *>(widget))
            add(widget, QStringLiteral("text"), button->text());
        else if (auto *group = qobject_cast<const QGroupBox *>(widget))
            add(widget, QStringLiteral("title"), group->title());
        else if (auto *lineEdit = qobject_cast<const QLineEdit *>(widget))
            add(widget, QStringLiteral("placeholder"), lineEdit->placeholderText());
        else if (auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
            add(widget, QStringLiteral("placeholder"), plain->placeholderText());
        else if (auto *rich = qobject_cast<const QTextEdit *>(widget))
            add(widget, QStringLiteral("placeholder"), rich->placeholderText());
        else if (auto *tabs = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(widget, QStringLiteral("tab[%1]").arg(i), tabs->tabText(i));
                add(widget, QStringLiteral("tab[%1].toolTip").arg(i), tabs->tabToolTip(i));
            }
        } else if (auto *combo = qobject_cast<const QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(widget, QStringLiteral("item[%1]").arg(i), combo->itemText(i));
        } else if (auto *view = qobject_cast<const QAbstractItemView *>(widget)) {
            if (!qobject_cast<const QHeaderView *>(widget))
                addView(view);
        } else if (auto *bar = qobject_cast<const QStatusBar *>(widget)) {
            add(widget, QStringLiteral("message"), bar->currentMessage());
        } else if (auto *menuBar = qobject_cast<const QMenuBar *>(widget)) {
            addActions(widget, menuBar->actions());
        } else if (auto *toolBar = qobject_cast<const QToolBar *>(widget)) {
            add(widget, QStringLiteral("title"), toolBar->windowTitle());
        }
    }

    void walk(const QWidget *widget)
    {
        addWidget(widget);
        // Hidden widgets count too: pages, menus and messages show as soon as a tab or a menu
        // opens or something goes wrong.
        for (const QObject *child : widget->children()) {
            if (auto *childWidget = qobject_cast<const QWidget *>(child))
                walk(childWidget);
        }
    }

    QStringList lines() const { return m_lines; }

private:
    const QWidget *m_root;
    QStringList m_lines;
};

} // namespace

QStringList visibleTexts(const QWidget *window)
{
    Collector collector(window);
    collector.walk(window);
    // Actions outside menus (shortcuts of the window, context menus) by their text.
    QList<QAction *> own;
    for (QAction *action : window->actions()) {
        if (!action->text().isEmpty())
            own << action;
    }
    collector.addActions(window, own);
    return collector.lines();
}

QString MissingTranslationLog::translate(
    const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    Q_UNUSED(disambiguation)
    Q_UNUSED(n)
    const bool qtsOwn = context && context[0] == 'Q' && context[1] >= 'A' && context[1] <= 'Z';
    if (context && sourceText && *sourceText && !qtsOwn)
        m_missing.insert(
            QString::fromUtf8(context) + QLatin1Char('\t') + QString::fromUtf8(sourceText));
    return QString();
}

QStringList MissingTranslationLog::missing() const
{
    QStringList lines(m_missing.cbegin(), m_missing.cend());
    lines.sort();
    return lines;
}
