// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace waymark::Keychain {

// Passwords kept in the system's keychain (the Secret Service of GNOME Keyring or KeePassXC,
// KWallet, macOS Keychain, Windows Credential Manager) through QtKeychain, when Waymark is
// built with it (Debian: qtkeychain-qt6-dev). Entries are under the service "Waymark", one
// per account: a database address without its password. Each call waits for the keychain
// for at most a few seconds; a missing keychain is an error, never a hang.

// Whether this build has QtKeychain.
bool isBuiltIn();
// Whether a keychain may answer: built in, and on Linux a session bus to ask
// (DBUS_SESSION_BUS_ADDRESS), so that nothing is started behind the user's back.
bool isReachable();
// Why not, for messages.
QString whyUnreachable();

// The password kept for `account`; nullopt when there is none (*error empty) or the keychain
// cannot be asked (*error says why).
std::optional<QString> read(const QString &account, QString *error);
// Keeps `password` for `account`, replacing what was kept. False with the reason.
bool write(const QString &account, const QString &password, QString *error);
// Forgets what is kept for `account` (true when nothing was kept). False with the reason.
bool remove(const QString &account, QString *error);

} // namespace waymark::Keychain
