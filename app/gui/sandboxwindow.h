// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QWidget>

class AppController;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;
struct CapturedMessage;
struct SandboxFailures;

// The sandbox at a glance: where it listens, what it has captured (newest first, updated as
// messages arrive), the raw source of the selected message, and the switches that make it
// fail on purpose so the user can watch the outbox cope. Talks only to the controller's
// SandboxServer.
class SandboxWindow : public QWidget
{
    Q_OBJECT
public:
    explicit SandboxWindow(AppController *controller, QWidget *parent = nullptr);
    ~SandboxWindow() override;

    // The most of a message's source that is shown.
    static constexpr qint64 MaxSourceBytes = 1024 * 1024;

private:
    void reload();
    void addMessage(const CapturedMessage &message, bool atTop);
    void showSelected();
    void clearMessages();
    void applyFailures();
    void showFailures(const SandboxFailures &failures);
    void updateAddress();

    AppController *m_controller;
    QLabel *m_address;
    QTreeWidget *m_messages;
    QPlainTextEdit *m_source;
    QPushButton *m_clear;
    QComboBox *m_recipient;
    QSpinBox *m_everyNth;
    QComboBox *m_endOfData;
    QSpinBox *m_delay;
    QLabel *m_explanation;
};
