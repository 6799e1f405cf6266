// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace {
const QString CatalogueDirectory = QStringLiteral(":/i18n");
}

UiLanguage::UiLanguage(const QLocale &locale)
{
    // The translator installed last is asked first, so the most specific goes last.
    install(locale, QStringLiteral("qt"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(locale, QStringLiteral("qt_supplement"), CatalogueDirectory);
    install(locale, QStringLiteral("outbound"), CatalogueDirectory);
}

UiLanguage::~UiLanguage()
{
    for (const std::unique_ptr<QTranslator> &translator : m_installed)
        QCoreApplication::removeTranslator(translator.get());
}

void UiLanguage::install(const QLocale &locale, const QString &name, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, QStringLiteral("_"), directory))
        return; // no catalogue for this language: its strings stay as they are
    QCoreApplication::installTranslator(translator.get());
    m_installed.push_back(std::move(translator));
}
