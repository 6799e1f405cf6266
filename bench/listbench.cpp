// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// listbench: how long the outbox window's lists take to read in a big profile, without the
// window: OutboxReader::list() for each sort key and for typical filters, median of 5 runs.
// Make the profile with `outboxbench --fill DIR --messages 100000`; bench/gui-scale.sh measures
// the same through the window.
//
//   listbench DIR
#include "outbox/outboxreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        QTextStream(stderr) << "usage: listbench PROFILE_DIR\n";
        return 64;
    }
    OutboxReader reader(Profile::resolve(app.arguments().at(1)));
    if (!reader.open()) {
        QTextStream(stderr) << reader.errorString() << "\n";
        return 66;
    }
    using Key = OutboxListQuery::SortKey;
    struct Case
    {
        const char *name;
        OutboxListQuery query;
    };
    QList<Case> cases;
    const std::pair<const char *, Key> keys[]
        = { { "newest first", Key::Newest }, { "by state", Key::State },
              { "by subject", Key::Subject }, { "by recipients", Key::Recipients },
              { "by account", Key::Account }, { "by attempts", Key::Attempts },
              { "by next attempt", Key::NextAttempt }, { "by last reply", Key::LastReply } };
    for (const auto &[name, key] : keys) {
        OutboxListQuery query;
        query.sortKey = key;
        cases << Case { name, query };
    }
    OutboxListQuery text;
    text.text = QStringLiteral("user42");
    cases << Case { "filter \"user42\"", text };
    text.text = QStringLiteral("żółw");
    cases << Case { "filter \"żółw\" (not ASCII)", text };
    OutboxListQuery attention;
    attention.states = { MessageState::Held, MessageState::Failed, MessageState::Uncertain };
    cases << Case { "needing attention", attention };

    QTextStream out(stdout);
    for (const Case &c : std::as_const(cases)) {
        QList<double> times;
        qsizetype rows = 0;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer clock;
            clock.start();
            const std::optional<OutboxListing> listing = reader.list(c.query);
            times << clock.nsecsElapsed() / 1e6;
            if (!listing) {
                QTextStream(stderr) << reader.errorString() << "\n";
                return 1;
            }
            rows = listing->ids.size();
        }
        std::sort(times.begin(), times.end());
        out << QStringLiteral("  %1 %2 rows in %3 ms\n")
                   .arg(QString::fromUtf8(c.name), -28)
                   .arg(rows, 7)
                   .arg(times[2], 6, 'f', 1);
    }
    return 0;
}
