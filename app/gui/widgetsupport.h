// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QLocale>
#include <QString>
#include <QWidget>

// Small things every window does the same way.
namespace Gui {

// "1.5 MB": sizes as the user's locale writes them (powers of 1024, the traditional units).
[[nodiscard]] inline QString formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// The name (and description) a screen reader says for a widget without a label of its own.
inline void setAccessible(QWidget *widget, const QString &name, const QString &description = {})
{
    widget->setAccessibleName(name);
    if (!description.isEmpty())
        widget->setAccessibleDescription(description);
}

} // namespace Gui
