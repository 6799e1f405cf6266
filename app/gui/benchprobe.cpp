// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "benchprobe.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSocketNotifier>
#include <QTableView>
#include <QTimer>

#include <csignal>
#include <ctime>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace {

constexpr int TickMs = 10;
constexpr qint64 StallNs = 100'000'000; // a stall longer than this is counted
constexpr int TimeoutMs = 10'000;
// A result is what was painted after the model's last signal, once it has been quiet this long:
// an asynchronous model may still deliver an older keystroke's list after the last one.
constexpr int QuietMs = 500;
constexpr int KeyIntervalMs = 150; // a quick typist

int signalPipe[2] = { -1, -1 };

// Milliseconds since this process started: /proc/self/stat's starttime (field 22, in clock
// ticks since boot, so to 10 ms) against CLOCK_BOOTTIME, the clock it is counted on.
double processAgeMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command name, which may hold spaces: state is field 3.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    timespec now {};
    ::clock_gettime(CLOCK_BOOTTIME, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6
        - fields.value(22 - 3).toDouble() * 1e3 / double(::sysconf(_SC_CLK_TCK));
}

// VmRSS and VmHWM from /proc/self/status, in MiB.
QJsonObject memory()
{
    QJsonObject figures;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return figures;
    for (const QByteArray &line : status.readAll().split('\n')) {
        for (const char *name : { "VmRSS", "VmHWM" }) {
            if (line.startsWith(name))
                figures.insert(QLatin1String(name) + QLatin1String("MiB"),
                    line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024);
        }
    }
    return figures;
}

double rounded(double ms)
{
    return qRound(ms * 10) / 10.0;
}

// Whether the row at the top of `view` shows any text (a model that lists rows before it has
// read them may paint them empty first).
bool showsText(const QTableView *view)
{
    const QAbstractItemModel *model = view->model();
    const int row = qMax(0, view->rowAt(0));
    for (int column = 0; model && column < model->columnCount(); ++column) {
        if (!model->index(row, column).data().toString().isEmpty())
            return true;
    }
    return false;
}

// The column whose header reads `name` (the bench runs the app in English), else `fallback`.
int columnNamed(const QAbstractItemModel *model, const QString &name, int fallback)
{
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString() == name)
            return column;
    }
    return fallback;
}

void sendKey(QWidget *widget, QChar c)
{
    const int key = c.toUpper().unicode();
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
    QCoreApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
    QCoreApplication::sendEvent(widget, &release);
}

} // namespace

void BenchProbe::installIfRequested(QWidget *window)
{
    const QString path = qEnvironmentVariable("OUTBOUND_BENCH_PROBE");
    if (path.isEmpty())
        return;
    auto *out = new QFile(path);
    if (!out->open(QIODevice::WriteOnly | QIODevice::Append)) {
        qWarning("outbound: cannot write the bench probe's figures to %s", qPrintable(path));
        delete out;
        return;
    }
    new BenchProbe(window, out);
}

BenchProbe::BenchProbe(QWidget *window, QFile *out)
    : QObject(window)
    , m_window(window)
    , m_view(window->findChild<QTableView *>(QStringLiteral("outboxView")))
    , m_out(out)
    , m_tick(new QTimer(this))
    , m_awaitTimeout(new QTimer(this))
    , m_awaitQuiet(new QTimer(this))
{
    m_out->setParent(this);
    m_filterText = qEnvironmentVariable("OUTBOUND_BENCH_FILTER", QStringLiteral("user42"));
    write({ { QStringLiteral("figure"), QStringLiteral("probe") },
        { QStringLiteral("ms"), rounded(processAgeMs()) } });
    if (!m_view)
        write({ { QStringLiteral("error"), QStringLiteral("no QTableView named outboxView") } });
    else
        m_view->viewport()->installEventFilter(this);

    m_tick->setTimerType(Qt::PreciseTimer);
    m_tick->setInterval(TickMs);
    connect(m_tick, &QTimer::timeout, this, &BenchProbe::onTick);
    m_tick->start();
    startPhase(QStringLiteral("startup"));

    m_awaitTimeout->setSingleShot(true);
    connect(m_awaitTimeout, &QTimer::timeout, this, [this] { finishAwait(-1); });
    m_awaitQuiet->setSingleShot(true);
    m_awaitQuiet->setInterval(QuietMs);
    connect(m_awaitQuiet, &QTimer::timeout, this, [this] {
        if (m_shownMs >= 0)
            finishAwait(m_shownMs);
    });

    // SIGUSR1 and SIGTERM reach the event loop through a socket pair.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        struct sigaction action
        {
        };
        action.sa_handler = [](int signal) {
            const char byte = char(signal);
            (void)!::write(signalPipe[0], &byte, 1);
        };
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGUSR1, &action, nullptr);
        ::sigaction(SIGTERM, &action, nullptr);
        m_signals = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, this);
        connect(m_signals, &QSocketNotifier::activated, this, &BenchProbe::onSignal);
    }
}

void BenchProbe::write(QJsonObject figure)
{
    m_out->write(QJsonDocument(figure).toJson(QJsonDocument::Compact) + '\n');
    m_out->flush();
}

void BenchProbe::startPhase(const QString &name)
{
    endPhase();
    m_phase = name;
    m_phaseClock.start();
    m_sinceTick.start();
    m_longestStallNs = 0;
    m_stallsOver100 = 0;
}

void BenchProbe::endPhase()
{
    if (m_phase.isEmpty())
        return;
    onTick(); // the stall that may have delayed the end counts too
    write({ { QStringLiteral("figure"), QStringLiteral("stall") },
        { QStringLiteral("phase"), m_phase },
        { QStringLiteral("seconds"), qRound(m_phaseClock.elapsed() / 100.0) / 10.0 },
        { QStringLiteral("longestStallMs"), rounded(m_longestStallNs / 1e6) },
        { QStringLiteral("stallsOver100ms"), m_stallsOver100 } });
    m_phase.clear();
}

void BenchProbe::onTick()
{
    const qint64 stall = m_sinceTick.nsecsElapsed() - TickMs * 1'000'000;
    m_sinceTick.start();
    m_longestStallNs = qMax(m_longestStallNs, stall);
    if (stall > StallNs)
        ++m_stallsOver100;
}

void BenchProbe::onSignal()
{
    char signal = 0;
    if (::read(signalPipe[1], &signal, 1) != 1)
        return;
    if (signal == SIGUSR1) {
        m_inBurst = !m_inBurst;
        startPhase(m_inBurst ? QStringLiteral("burst") : QStringLiteral("afterBurst"));
        return;
    }
    endPhase();
    QCoreApplication::quit();
}

bool BenchProbe::eventFilter(QObject *watched, QEvent *event)
{
    const bool waiting = !m_firstRowSeen || (m_awaitDone && m_modelSignalled);
    if (m_view && watched == m_view->viewport() && event->type() == QEvent::Paint && waiting
        && !m_repainting) {
        // Paint here, so that the time is taken once the paint has finished.
        m_repainting = true;
        QCoreApplication::sendEvent(watched, event);
        m_repainting = false;
        if (m_awaitDone) {
            m_shownMs = m_awaitClock.nsecsElapsed() / 1e6;
            m_modelSignalled = false;
            m_awaitQuiet->start();
        } else if (m_view->model() && m_view->model()->rowCount() > 0 && showsText(m_view)) {
            m_firstRowSeen = true;
            QJsonObject figure = memory();
            figure.insert(QStringLiteral("figure"), QStringLiteral("firstRow"));
            figure.insert(QStringLiteral("ms"), rounded(processAgeMs()));
            figure.insert(QStringLiteral("rows"), m_view->model()->rowCount());
            write(figure);
            startPhase(QStringLiteral("settle"));
            QTimer::singleShot(1000, this, [this] { sortStep(0); });
        }
        return true;
    }
    // The compose step watches every window (an application-wide filter, for its duration).
    if (m_awaitClock.isValid() && watched->isWidgetType() && m_phase == QLatin1String("compose")) {
        auto *widget = static_cast<QWidget *>(watched);
        if (!m_compose && event->type() == QEvent::Show && widget->isWindow()
            && widget->windowType() == Qt::Window && widget != m_window)
            m_compose = widget;
        else if (m_compose && event->type() == QEvent::Paint && widget->window() == m_compose)
            finishAwait(m_awaitClock.nsecsElapsed() / 1e6);
    }
    return false;
}

void BenchProbe::awaitShown(
    const std::function<void()> &trigger, const std::function<void(double)> &done)
{
    m_modelSignalled = false;
    m_shownMs = -1;
    if (QAbstractItemModel *model = m_view->model()) {
        const auto signalled = [this] {
            m_modelSignalled = true;
            m_awaitQuiet->start();
        };
        m_awaitConnections = {
            connect(model, &QAbstractItemModel::layoutChanged, this, signalled),
            connect(model, &QAbstractItemModel::modelReset, this, signalled),
            connect(model, &QAbstractItemModel::rowsInserted, this, signalled),
            connect(model, &QAbstractItemModel::rowsRemoved, this, signalled),
        };
    }
    m_awaitDone = done;
    m_awaitTimeout->start(TimeoutMs);
    m_awaitClock.start();
    trigger();
}

void BenchProbe::finishAwait(double ms)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_awaitConnections))
        disconnect(connection);
    m_awaitConnections.clear();
    m_awaitTimeout->stop();
    m_awaitQuiet->stop();
    m_awaitClock.invalidate();
    const std::function<void(double)> done = std::exchange(m_awaitDone, nullptr);
    if (done)
        done(ms);
}

void BenchProbe::sortStep(int index)
{
    if (index == 2 || !m_view || !m_view->model()) {
        typeStep(0);
        return;
    }
    if (index == 0)
        startPhase(QStringLiteral("sort"));
    const QString name = index == 0 ? QStringLiteral("Subject") : QStringLiteral("State");
    const int column = columnNamed(m_view->model(), name, index == 0 ? 1 : 0);
    const Qt::SortOrder order = index == 0 ? Qt::AscendingOrder : Qt::DescendingOrder;
    awaitShown([this, column, order] { m_view->sortByColumn(column, order); },
        [this, index, name](double ms) {
            write({ { QStringLiteral("figure"), QStringLiteral("sort") },
                { QStringLiteral("column"), name }, { QStringLiteral("ms"), rounded(ms) },
                { QStringLiteral("timeout"), ms < 0 } });
            QTimer::singleShot(500, this, [this, index] { sortStep(index + 1); });
        });
}

void BenchProbe::typeStep(int typed)
{
    auto *edit
        = m_window ? m_window->findChild<QLineEdit *>(QStringLiteral("textFilter")) : nullptr;
    if (!edit || !m_view || m_filterText.isEmpty()) {
        write({ { QStringLiteral("error"), QStringLiteral("no QLineEdit named textFilter") } });
        composeStep();
        return;
    }
    if (typed == 0) {
        startPhase(QStringLiteral("typing"));
        m_longestKeyMs = 0;
    }
    const QChar c = m_filterText.at(typed);
    if (typed + 1 < m_filterText.size()) {
        QElapsedTimer clock;
        clock.start();
        sendKey(edit, c);
        m_longestKeyMs = qMax(m_longestKeyMs, clock.nsecsElapsed() / 1e6);
        QTimer::singleShot(KeyIntervalMs, this, [this, typed] { typeStep(typed + 1); });
        return;
    }
    awaitShown([edit, c] { sendKey(edit, c); },
        [this, edit](double ms) {
            write({ { QStringLiteral("figure"), QStringLiteral("filter") },
                { QStringLiteral("text"), m_filterText }, { QStringLiteral("ms"), rounded(ms) },
                { QStringLiteral("timeout"), ms < 0 },
                { QStringLiteral("longestKeyMs"), rounded(m_longestKeyMs) },
                { QStringLiteral("rows"), m_view->model()->rowCount() } });
            startPhase(QStringLiteral("clearFilter"));
            awaitShown([edit] { edit->clear(); },
                [this](double clearMs) {
                    write({ { QStringLiteral("figure"), QStringLiteral("filterClear") },
                        { QStringLiteral("ms"), rounded(clearMs) },
                        { QStringLiteral("timeout"), clearMs < 0 } });
                    QTimer::singleShot(500, this, &BenchProbe::composeStep);
                });
        });
}

void BenchProbe::composeStep()
{
    auto *action
        = m_window ? m_window->findChild<QAction *>(QStringLiteral("newMessageAction")) : nullptr;
    if (!action) {
        write({ { QStringLiteral("error"), QStringLiteral("no QAction named newMessageAction") } });
        finishSteps();
        return;
    }
    startPhase(QStringLiteral("compose"));
    m_compose = nullptr;
    qApp->installEventFilter(this);
    // No model signal is awaited: awaitShown()'s clock and timeout only.
    const auto done = [this](double ms) {
        qApp->removeEventFilter(this);
        write({ { QStringLiteral("figure"), QStringLiteral("compose") },
            { QStringLiteral("ms"), rounded(ms) }, { QStringLiteral("timeout"), ms < 0 } });
        if (m_compose)
            QTimer::singleShot(0, m_compose.data(), &QWidget::close);
        QTimer::singleShot(500, this, &BenchProbe::finishSteps);
    };
    m_modelSignalled = false;
    m_awaitDone = done;
    m_awaitTimeout->start(TimeoutMs);
    m_awaitClock.start();
    action->trigger();
}

void BenchProbe::finishSteps()
{
    startPhase(QStringLiteral("idle"));
    write({ { QStringLiteral("figure"), QStringLiteral("ready") } });
}
