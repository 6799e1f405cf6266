#pragma once

#include "core/profile.h"

#include <QMainWindow>

// The outbox window. For now it says what exists and what is coming; the outbox view,
// compose window and live transcript arrive with the desktop-app issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const Profile &profile, QWidget *parent = nullptr);
};
