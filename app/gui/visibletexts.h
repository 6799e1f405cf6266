// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QSet>
#include <QStringList>
#include <QTranslator>

class QWidget;

// What a window shows, or shows once a tab, a menu or an error opens, in words, one "PATH\tTEXT"
// line per text: window and dock titles, labels, buttons, group and tab titles, placeholders, tool
// tips, accessible names, combo box items, menu and tool bar actions, item view headers and the
// cells on screen. PATH names the widget by object names and class names, the same in every
// language, so that the lines of two runs in different languages pair up
// (tests/translations/check-visible-texts.py).
[[nodiscard]] QStringList visibleTexts(const QWidget *window);

// A translator that never translates but remembers what was asked: installed before the real
// ones it is asked last, so it sees exactly the strings of Outbound's own contexts that no
// catalogue had. Qt's contexts (QPlatformTheme, QShortcut, …) are left to Qt's catalogues.
class MissingTranslationLog : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
        int n) const override;
    bool isEmpty() const override { return false; }

    // "CONTEXT\tSOURCE" lines, sorted.
    [[nodiscard]] QStringList missing() const;

private:
    mutable QSet<QString> m_missing;
};
