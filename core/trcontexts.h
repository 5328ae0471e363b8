// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

// Translation contexts for code outside QObject classes, named so that lupdate finds them.
struct Storage
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
struct Sample
{
    Q_DECLARE_TR_FUNCTIONS(Sample)
};
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
struct Clipboard
{
    Q_DECLARE_TR_FUNCTIONS(Clipboard)
};
struct Analytics
{
    Q_DECLARE_TR_FUNCTIONS(Analytics)
};
