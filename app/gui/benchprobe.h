// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QFile;
class QJsonObject;
class QSocketNotifier;
class QTableView;
class QTimer;
class QWidget;

// For bench/gui-scale.sh: inert unless OUTBOUND_BENCH_PROBE=FILE is set. Then it measures the
// window as a user meets it and appends the figures to FILE as JSON lines, one per figure:
//   {"figure":"firstRow",...}  process start until the outbox view's viewport has painted
//       rows with text (and VmRSS/VmHWM then), then, a second later, in turn:
//   {"figure":"sort",...}      view->sortByColumn() on Subject, then State, until the viewport
//       has painted the model's last change (the model quiet for 0.5 s after it; 10 s at most,
//       else "timeout");
//   {"figure":"filter",...}    a text typed key by key into the filter box, from the last key
//       until the same; then the box cleared ("filterClear");
//   {"figure":"compose",...}   the New Message action until the compose window paints;
//   {"figure":"ready"}         the steps are done.
// A 10 ms timer on the GUI thread records, per phase, the longest stall (gap beyond the
// interval) and how many exceeded 100 ms ({"figure":"stall","phase":...}). SIGUSR1 starts the
// "burst" phase and the next one ends it; SIGTERM writes the open phase and quits.
//
// It knows the window only through widgets found by object name ("outboxView", "textFilter",
// "newMessageAction") and the view's model through QAbstractItemModel's signals, so it
// measures whatever model the view has, synchronous or not.
class BenchProbe : public QObject
{
    Q_OBJECT
public:
    // Starts probing `window` (not yet shown) when the environment asks for it.
    static void installIfRequested(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    BenchProbe(QWidget *window, QFile *out);
    void write(QJsonObject figure);
    void startPhase(const QString &name);
    void endPhase();
    void onTick();
    void onSignal();
    // Runs `trigger`, then calls `done` with the milliseconds until the viewport finished the
    // paint that followed the model's last change signal (QuietMs without one after it ends
    // the wait), or with -1 after 10 s.
    void awaitShown(const std::function<void()> &trigger, const std::function<void(double)> &done);
    void finishAwait(double ms);
    void sortStep(int index);
    void typeStep(int typed);
    void composeStep();
    void finishSteps();

    QPointer<QWidget> m_window;
    QPointer<QTableView> m_view;
    QFile *m_out; // child
    QTimer *m_tick; // child
    QSocketNotifier *m_signals = nullptr; // child
    bool m_firstRowSeen = false;
    bool m_inBurst = false;

    // The open stall phase.
    QString m_phase;
    QElapsedTimer m_phaseClock;
    QElapsedTimer m_sinceTick;
    qint64 m_longestStallNs = 0;
    int m_stallsOver100 = 0;

    // awaitShown()'s state.
    QElapsedTimer m_awaitClock;
    QList<QMetaObject::Connection> m_awaitConnections;
    std::function<void(double)> m_awaitDone;
    QTimer *m_awaitTimeout; // child
    QTimer *m_awaitQuiet; // child
    double m_shownMs = -1;
    bool m_modelSignalled = false;
    bool m_repainting = false;

    // The filter and compose steps.
    QString m_filterText;
    double m_longestKeyMs = 0;
    QPointer<QWidget> m_compose;
};
