// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

// The translators of one UI language, installed for as long as this object lives: Qt's own
// catalogue from the system, Outbound's supplement for the Qt strings of languages Qt does not
// translate (Icelandic), and Outbound's catalogue, compiled into the program under :/i18n.
// A language without a catalogue leaves the English source strings in place.
class UiLanguage
{
public:
    explicit UiLanguage(const QLocale &locale = QLocale());
    ~UiLanguage();
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;

private:
    void install(const QLocale &locale, const QString &name, const QString &directory);

    std::vector<std::unique_ptr<QTranslator>> m_installed;
};
