<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Authorize</name>
    <message>
        <source>The sign-in answer does not belong to the sign-in this app started.</source>
        <translation>Die Anmeldeantwort gehört nicht zu der Anmeldung, die diese App gestartet hat.</translation>
    </message>
    <message>
        <source>The sign-in answer came from a different provider than the one this app asked.</source>
        <translation>Die Anmeldeantwort kam von einem anderen Anbieter als dem, den diese App gefragt hat.</translation>
    </message>
    <message>
        <source>The provider promised to say who answered the sign-in, but this answer does not say.</source>
        <translation>Der Anbieter hat angekündigt, in seiner Anmeldeantwort anzugeben, wer antwortet, aber diese Antwort enthält diese Angabe nicht.</translation>
    </message>
    <message>
        <source>The provider&apos;s sign-in answer had neither a code nor an error.</source>
        <translation>Die Anmeldeantwort des Anbieters enthielt weder einen Code noch einen Fehler.</translation>
    </message>
    <message>
        <source>Access was not granted at the provider&apos;s sign-in page.</source>
        <translation>Der Zugriff wurde auf der Anmeldeseite des Anbieters nicht gewährt.</translation>
    </message>
    <message>
        <source>The provider does not let this client sign in this way ({error}).</source>
        <translation>Der Anbieter erlaubt diesem Client diese Art der Anmeldung nicht ({error}).</translation>
    </message>
    <message>
        <source>The provider could not finish the sign-in right now ({error}).</source>
        <translation>Der Anbieter konnte die Anmeldung gerade nicht abschließen ({error}).</translation>
    </message>
    <message>
        <source>The provider refused the sign-in request ({error}).</source>
        <translation>Der Anbieter hat die Anmeldeanfrage abgelehnt ({error}).</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>OAuth Setup Assistant monitor</source>
        <translation>OAuth Setup Assistant – Überwachung</translation>
    </message>
    <message>
        <source>Keeps integrations signed in and tells you when someone must sign in again</source>
        <translation>Hält Integrationen angemeldet und meldet, wenn sich jemand erneut anmelden muss</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--lang needs a language, e.g. --lang de</source>
        <translation>--lang braucht eine Sprache, z. B. --lang de</translation>
    </message>
    <message>
        <source>stopped.</source>
        <translation>abgebrochen.</translation>
    </message>
    <message>
        <source>warning: the secrets of &apos;{name}&apos; are kept in a plain file, not in the system keyring, as the administrator chose. Anyone who can read your files can use them.</source>
        <translation>Warnung: Die Geheimnisse von &apos;{name}&apos; liegen in einer einfachen Datei statt im Schlüsselbund des Systems, wie vom Administrator festgelegt. Wer Ihre Dateien lesen kann, kann sie verwenden.</translation>
    </message>
    <message>
        <source>--client-secret-stdin needs standard input</source>
        <translation>--client-secret-stdin braucht eine Standardeingabe</translation>
    </message>
    <message>
        <source>Client secret (not shown as you type): </source>
        <translation>Client-Geheimnis (wird bei der Eingabe nicht angezeigt): </translation>
    </message>
    <message>
        <source>the client secret read from standard input is empty</source>
        <translation>das aus der Standardeingabe gelesene Client-Geheimnis ist leer</translation>
    </message>
    <message>
        <source>the preset &apos;{preset}&apos; needs --issuer URL instead</source>
        <translation>die Vorlage &apos;{preset}&apos; braucht stattdessen --issuer URL</translation>
    </message>
    <message>
        <source>give --issuer URL, --preset NAME, or both --authorize-url and --token-url</source>
        <translation>geben Sie --issuer URL, --preset NAME oder sowohl --authorize-url als auch --token-url an</translation>
    </message>
    <message>
        <source>this client needs its secret: pass --client-secret-stdin (or --auth-method none for a public client)</source>
        <translation>dieser Client braucht sein Geheimnis: geben Sie --client-secret-stdin an (oder --auth-method none für einen öffentlichen Client)</translation>
    </message>
    <message>
        <source>Saved the sign-in &apos;{name}&apos;. Next: oauth-setup login {name}</source>
        <translation>Die Anmeldung &apos;{name}&apos; wurde gespeichert. Nächster Schritt: oauth-setup login {name}</translation>
    </message>
    <message>
        <source>No sign-ins yet. Add one with &apos;oauth-setup profile add NAME …&apos; or run &apos;oauth-setup&apos;.</source>
        <translation>Noch keine Anmeldungen. Fügen Sie eine mit &apos;oauth-setup profile add NAME …&apos; hinzu oder starten Sie &apos;oauth-setup&apos;.</translation>
    </message>
    <message>
        <source>managed</source>
        <translation>verwaltet</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>integriert</translation>
    </message>
    <message>
        <source>no web browser could be opened.</source>
        <translation>es konnte kein Webbrowser geöffnet werden.</translation>
    </message>
    <message>
        <source>Open this address in a web browser on this computer to sign in:</source>
        <translation>Öffnen Sie diese Adresse in einem Webbrowser auf diesem Computer, um sich anzumelden:</translation>
    </message>
    <message>
        <source>A browser window was opened: sign in there.</source>
        <translation>Ein Browserfenster wurde geöffnet: Melden Sie sich dort an.</translation>
    </message>
    <message>
        <source>Waiting up to {seconds} seconds for the sign-in to finish (Ctrl+C to stop)…</source>
        <translation>Es wird bis zu {seconds} Sekunden auf den Abschluss der Anmeldung gewartet (Strg+C zum Abbrechen)…</translation>
    </message>
    <message>
        <source>The sign-in was stopped.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>On any device, open {address} and enter the code {code}</source>
        <translation>Öffnen Sie auf einem beliebigen Gerät {address} und geben Sie den Code {code} ein</translation>
    </message>
    <message>
        <source>(or open {address}, which has the code in it)</source>
        <translation>(oder öffnen Sie {address}, dort ist der Code schon enthalten)</translation>
    </message>
    <message>
        <source>Waiting up to {n} minute for you to finish…</source>
        <translation>Es wird bis zu {n} Minute gewartet, bis Sie fertig sind…</translation>
    </message>
    <message>
        <source>Waiting up to {n} minutes for you to finish…</source>
        <translation>Es wird bis zu {n} Minuten gewartet, bis Sie fertig sind…</translation>
    </message>
    <message>
        <source>Renewed &apos;{name}&apos;: the access token is valid until {when}.</source>
        <translation>&apos;{name}&apos; erneuert: Das Zugriffstoken ist gültig bis {when}.</translation>
    </message>
    <message>
        <source>The sign-in &apos;{name}&apos; was removed.</source>
        <translation>Die Anmeldung &apos;{name}&apos; wurde entfernt.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; will send its access token to {target} on every change.</source>
        <translation>&apos;{name}&apos; sendet sein Zugriffstoken bei jeder Änderung an dieses Ziel: {target}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; will send its refresh token to {target} on every change.</source>
        <translation>&apos;{name}&apos; sendet sein Aktualisierungstoken bei jeder Änderung an dieses Ziel: {target}.</translation>
    </message>
    <message>
        <source>Written now with the current token.</source>
        <translation>Jetzt mit dem aktuellen Token geschrieben.</translation>
    </message>
    <message>
        <source>writing it now failed: {reason}</source>
        <translation>das Schreiben ist jetzt fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; sends its token nowhere yet. Add a target with &apos;oauth-setup export add&apos;.</source>
        <translation>&apos;{name}&apos; sendet sein Token noch nirgendwohin. Fügen Sie ein Ziel mit &apos;oauth-setup export add&apos; hinzu.</translation>
    </message>
    <message>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>noch nicht geschrieben</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no target &apos;{target}&apos; (see &apos;oauth-setup export list {name}&apos;)</source>
        <translation>&apos;{name}&apos; hat kein Ziel &apos;{target}&apos; (siehe &apos;oauth-setup export list {name}&apos;)</translation>
    </message>
    <message>
        <source>Removed. &apos;{name}&apos; no longer writes to {target}.</source>
        <translation>Entfernt. &apos;{name}&apos; schreibt nicht mehr in dieses Ziel: {target}.</translation>
    </message>
    <message>
        <source>FAILED — {reason}</source>
        <translation>FEHLGESCHLAGEN — {reason}</translation>
    </message>
    <message>
        <source>Nothing to retry: every target has the current token.</source>
        <translation>Nichts zu wiederholen: Alle Ziele haben das aktuelle Token.</translation>
    </message>
    <message>
        <source>The monitor will start when you log in to the desktop ({file}).</source>
        <translation>Die Überwachung startet, wenn Sie sich am Desktop anmelden ({file}).</translation>
    </message>
    <message>
        <source>The monitor will no longer start at log-in.</source>
        <translation>Die Überwachung startet nicht mehr bei der Anmeldung.</translation>
    </message>
    <message>
        <source>It was not set to start.</source>
        <translation>Der automatische Start war nicht eingerichtet.</translation>
    </message>
    <message>
        <source>What to do: {fix}</source>
        <translation>Was zu tun ist: {fix}</translation>
    </message>
    <message>
        <source>no client ID was found in the file: give --client-id</source>
        <translation>in der Datei wurde keine Client-ID gefunden: geben Sie --client-id an</translation>
    </message>
    <message>
        <source>say which provider this is: --preset goto, or --issuer URL</source>
        <translation>geben Sie an, welcher Anbieter das ist: --preset goto oder --issuer URL</translation>
    </message>
    <message>
        <source>Saved the sign-in &apos;{name}&apos;; the refresh token will be written to {target}.</source>
        <translation>Die Anmeldung &apos;{name}&apos; wurde gespeichert; das Aktualisierungstoken wird in dieses Ziel geschrieben: {target}.</translation>
    </message>
    <message>
        <source>The password was left in {file}: run again with --yes, or remove it yourself.</source>
        <translation>Das Passwort ist in {file} geblieben: Starten Sie den Befehl erneut mit --yes, oder entfernen Sie es selbst.</translation>
    </message>
    <message>
        <source>Remove the stored password from {file} now (a backup is kept)? [y/N] </source>
        <translation>Das gespeicherte Passwort jetzt aus {file} entfernen (eine Sicherungskopie bleibt erhalten)? [j/N] </translation>
    </message>
    <message>
        <source>y|yes</source>
        <translation>j|ja</translation>
    </message>
    <message>
        <source>The password was left in the file.</source>
        <translation>Das Passwort ist in der Datei geblieben.</translation>
    </message>
    <message>
        <source>Removed the password from {file}. The old file is kept, readable only by you, as {backup}.</source>
        <translation>Das Passwort wurde aus {file} entfernt. Die alte Datei bleibt als {backup} erhalten und ist nur für Sie lesbar.</translation>
    </message>
</context>
<context>
    <name>CliFormat</name>
    <message>
        <source>not told by the provider</source>
        <translation>vom Anbieter nicht angegeben</translation>
    </message>
    <message>
        <source>{n} second</source>
        <translation>{n} Sekunde</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} Sekunden</translation>
    </message>
    <message>
        <source>{n} minute</source>
        <translation>{n} Minute</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} Minuten</translation>
    </message>
    <message>
        <source>{n} hour</source>
        <translation>{n} Stunde</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} Stunden</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} Tag</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tagen</translation>
    </message>
    <message>
        <source>in {amount}</source>
        <translation>in {amount}</translation>
    </message>
    <message>
        <source>{amount} ago</source>
        <translation>vor {amount}</translation>
    </message>
    <message>
        <source>Signed in &apos;{name}&apos; as {who}.</source>
        <translation>&apos;{name}&apos; ist als {who} angemeldet.</translation>
    </message>
    <message>
        <source>Signed in &apos;{name}&apos;.</source>
        <translation>&apos;{name}&apos; ist angemeldet.</translation>
    </message>
    <message>
        <source>Access token valid until: {when}</source>
        <translation>Zugriffstoken gültig bis: {when}</translation>
    </message>
    <message>
        <source>Refresh token valid until: {when}</source>
        <translation>Aktualisierungstoken gültig bis: {when}</translation>
    </message>
    <message>
        <source>No refresh token was issued: you will need to sign in again when the access token expires.</source>
        <translation>Es wurde kein Aktualisierungstoken ausgestellt: Sie müssen sich erneut anmelden, wenn das Zugriffstoken abläuft.</translation>
    </message>
    <message>
        <source>Tokens are kept in {store}.</source>
        <translation>Speicherort der Tokens: {store}.</translation>
    </message>
    <message>
        <source>Integrations get a fresh access token with: oauth-setup token {name}</source>
        <translation>Integrationen erhalten ein neues Zugriffstoken mit: oauth-setup token {name}</translation>
    </message>
    <message>
        <source>No sign-ins yet. Add one with &apos;oauth-setup profile add NAME …&apos; or run &apos;oauth-setup&apos;.</source>
        <translation>Noch keine Anmeldungen. Fügen Sie eine mit &apos;oauth-setup profile add NAME …&apos; hinzu oder führen Sie &apos;oauth-setup&apos; aus.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <source>Signed in as: {who}</source>
        <translation>Angemeldet als: {who}</translation>
    </message>
    <message>
        <source>Access token expires: {when}</source>
        <translation>Zugriffstoken läuft ab: {when}</translation>
    </message>
    <message>
        <source>(estimated from the provider&apos;s usual lifetime)</source>
        <translation>(geschätzt nach der üblichen Gültigkeitsdauer beim Anbieter)</translation>
    </message>
    <message>
        <source>Refresh token expires: {when}</source>
        <translation>Aktualisierungstoken läuft ab: {when}</translation>
    </message>
    <message>
        <source>Last renewal: {when} — {result}</source>
        <translation>Letzte Erneuerung: {when} — {result}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Scopes: {scopes}</source>
        <translation>Berechtigungen (Scopes): {scopes}</translation>
    </message>
    <message>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>noch nicht geschrieben</translation>
    </message>
    <message>
        <source>Sends the access token to {target}: {result}</source>
        <translation>Sendet das Zugriffstoken an {target}: {result}</translation>
    </message>
    <message>
        <source>Sends the refresh token to {target}: {result}</source>
        <translation>Sendet das Aktualisierungstoken an {target}: {result}</translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message>
        <source>See &apos;{command} --help&apos;.</source>
        <translation>Siehe &apos;{command} --help&apos;.</translation>
    </message>
    <message>
        <source>Sign integrations in with OAuth (authorization code + PKCE) and keep tokens fresh.</source>
        <translation>Meldet Integrationen mit OAuth an (Autorisierungscode + PKCE) und hält die Tokens aktuell.</translation>
    </message>
    <message>
        <source>show texts in this language: en, de or fr (default: the system&apos;s)</source>
        <translation>Texte in dieser Sprache anzeigen: en, de oder fr (Standard: die Sprache des Systems)</translation>
    </message>
    <message>
        <source>check that this installation works (for support staff)</source>
        <translation>prüfen, ob diese Installation funktioniert (für den Support)</translation>
    </message>
    <message>
        <source>add, list, show or remove sign-ins</source>
        <translation>Anmeldungen hinzufügen, auflisten, anzeigen oder entfernen</translation>
    </message>
    <message>
        <source>add or change a sign-in</source>
        <translation>eine Anmeldung hinzufügen oder ändern</translation>
    </message>
    <message>
        <source>the provider&apos;s issuer address (settings are discovered from it)</source>
        <translation>die Aussteller-Adresse des Anbieters (die Einstellungen werden daraus ermittelt)</translation>
    </message>
    <message>
        <source>a provider preset, e.g. &apos;goto&apos; (see &apos;profile presets&apos;)</source>
        <translation>eine Anbieter-Vorlage, z. B. &apos;goto&apos; (siehe &apos;profile presets&apos;)</translation>
    </message>
    <message>
        <source>the provider&apos;s sign-in (authorization) address</source>
        <translation>die Anmeldeadresse (Autorisierungsadresse) des Anbieters</translation>
    </message>
    <message>
        <source>the provider&apos;s token address</source>
        <translation>die Token-Adresse des Anbieters</translation>
    </message>
    <message>
        <source>the provider&apos;s token revocation address (optional)</source>
        <translation>die Adresse des Anbieters zum Widerrufen von Tokens (optional)</translation>
    </message>
    <message>
        <source>read the client secret from standard input</source>
        <translation>das Client-Geheimnis von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>how the client proves itself at the token address (default: the preset&apos;s, else client_secret_basic with a secret and none without)</source>
        <translation>wie sich der Client an der Token-Adresse ausweist (Standard: wie in der Vorlage, sonst client_secret_basic mit Geheimnis und none ohne)</translation>
    </message>
    <message>
        <source>scopes, space-separated; may be repeated</source>
        <translation>Berechtigungen (Scopes), durch Leerzeichen getrennt; kann mehrfach angegeben werden</translation>
    </message>
    <message>
        <source>fixed redirect port (0 = any free port, the default)</source>
        <translation>fester Port für die Weiterleitung (0 = beliebiger freier Port, der Standard)</translation>
    </message>
    <message>
        <source>redirect path (default /callback)</source>
        <translation>Pfad für die Weiterleitung (Standard: /callback)</translation>
    </message>
    <message>
        <source>where secrets are kept: the system keyring (default) or, only if you must, a private file</source>
        <translation>wo Geheimnisse gespeichert werden: im Schlüsselbund des Systems (Standard) oder, nur wenn es nicht anders geht, in einer privaten Datei</translation>
    </message>
    <message>
        <source>list sign-ins</source>
        <translation>Anmeldungen auflisten</translation>
    </message>
    <message>
        <source>list provider presets</source>
        <translation>Anbieter-Vorlagen auflisten</translation>
    </message>
    <message>
        <source>show one sign-in&apos;s settings</source>
        <translation>die Einstellungen einer Anmeldung anzeigen</translation>
    </message>
    <message>
        <source>sign out and forget a sign-in</source>
        <translation>abmelden und die Anmeldung löschen</translation>
    </message>
    <message>
        <source>delete locally even if the provider cannot be told</source>
        <translation>lokal löschen, auch wenn der Anbieter nicht benachrichtigt werden kann</translation>
    </message>
    <message>
        <source>sign in (opens a browser)</source>
        <translation>anmelden (öffnet einen Webbrowser)</translation>
    </message>
    <message>
        <source>seconds to wait for the browser (default 300)</source>
        <translation>Sekunden, die auf den Browser gewartet wird (Standard: 300)</translation>
    </message>
    <message>
        <source>sign in on another device with a code (for computers without a browser)</source>
        <translation>auf einem anderen Gerät mit einem Code anmelden (für Computer ohne Browser)</translation>
    </message>
    <message>
        <source>show token expiry and state</source>
        <translation>Ablauf und Zustand der Tokens anzeigen</translation>
    </message>
    <message>
        <source>print a valid access token (and nothing else)</source>
        <translation>ein gültiges Zugriffstoken ausgeben (und sonst nichts)</translation>
    </message>
    <message>
        <source>renew the access token now</source>
        <translation>das Zugriffstoken jetzt erneuern</translation>
    </message>
    <message>
        <source>revoke the tokens at the provider and delete them here</source>
        <translation>die Tokens beim Anbieter widerrufen und hier löschen</translation>
    </message>
    <message>
        <source>send the current token to an integration on every change</source>
        <translation>das aktuelle Token bei jeder Änderung an eine Integration senden</translation>
    </message>
    <message>
        <source>add a target</source>
        <translation>ein Ziel hinzufügen</translation>
    </message>
    <message>
        <source>TARGET is one of: json:PATH#/json/pointer  ini:PATH#section.key  env:PATH#VARIABLE  keyring:SERVICE/USERNAME  command:PROGRAM ARGS… (the token goes to the program&apos;s standard input)</source>
        <translation>TARGET ist eines von: json:PATH#/json/pointer  ini:PATH#section.key  env:PATH#VARIABLE  keyring:SERVICE/USERNAME  command:PROGRAM ARGS… (das Token geht an die Standardeingabe des Programms)</translation>
    </message>
    <message>
        <source>list targets and how their last write went</source>
        <translation>Ziele auflisten und zeigen, wie ihr letzter Schreibvorgang verlief</translation>
    </message>
    <message>
        <source>remove a target</source>
        <translation>ein Ziel entfernen</translation>
    </message>
    <message>
        <source>write the current token to the targets that failed</source>
        <translation>das aktuelle Token in die fehlgeschlagenen Ziele schreiben</translation>
    </message>
    <message>
        <source>keep sign-ins fresh in the background (tray icon)</source>
        <translation>Anmeldungen im Hintergrund aktuell halten (Symbol im Infobereich)</translation>
    </message>
    <message>
        <source>check every sign-in once, print, and exit</source>
        <translation>jede Anmeldung einmal prüfen, das Ergebnis ausgeben und beenden</translation>
    </message>
    <message>
        <source>start the monitor at desktop log-in</source>
        <translation>die Überwachung beim Anmelden am Desktop automatisch starten</translation>
    </message>
    <message>
        <source>stop starting it at log-in</source>
        <translation>die Überwachung nicht mehr beim Anmelden am Desktop starten</translation>
    </message>
    <message>
        <source>move an integration from a stored password to this app</source>
        <translation>eine Integration von einem gespeicherten Passwort auf diese App umstellen</translation>
    </message>
    <message>
        <source>its JSON, INI or .env file</source>
        <translation>ihre JSON-, INI- oder .env-Datei</translation>
    </message>
    <message>
        <source>name for the new sign-in (default: from the file name)</source>
        <translation>Name der neuen Anmeldung (Standard: aus dem Dateinamen)</translation>
    </message>
    <message>
        <source>the provider preset, e.g. goto</source>
        <translation>die Anbieter-Vorlage, z. B. goto</translation>
    </message>
    <message>
        <source>the provider&apos;s issuer address</source>
        <translation>die Aussteller-Adresse des Anbieters</translation>
    </message>
    <message>
        <source>when the file has none</source>
        <translation>falls die Datei keine enthält</translation>
    </message>
    <message>
        <source>scopes when using --issuer</source>
        <translation>Berechtigungen (Scopes) bei Verwendung von --issuer</translation>
    </message>
    <message>
        <source>sign in on another device with a code</source>
        <translation>auf einem anderen Gerät mit einem Code anmelden</translation>
    </message>
    <message>
        <source>remove the password after signing in, without asking</source>
        <translation>das Passwort nach der Anmeldung ohne Rückfrage entfernen</translation>
    </message>
    <message>
        <source>the account is not a person: explain the options instead</source>
        <translation>das Konto gehört keiner Person: stattdessen die Möglichkeiten erklären</translation>
    </message>
    <message>
        <source>check that everything is ready for a sign-in</source>
        <translation>prüfen, ob alles für eine Anmeldung bereit ist</translation>
    </message>
    <message>
        <source>the provider&apos;s product, if it has several (e.g. &apos;GoTo Assist Corporate&apos;)</source>
        <translation>das Produkt des Anbieters, falls er mehrere hat (z. B. &apos;GoTo Assist Corporate&apos;)</translation>
    </message>
    <message>
        <source>a support report without any secret</source>
        <translation>ein Bericht für den Support, ohne Geheimnisse</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Choose the client</source>
        <translation>Client auswählen</translation>
    </message>
    <message>
        <source>Tell the app which provider the integration uses and how its client is registered there.</source>
        <translation>Geben Sie an, welchen Anbieter die Integration nutzt und wie ihr Client dort registriert ist.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Issuer address</source>
        <translation>Aussteller-Adresse</translation>
    </message>
    <message>
        <source>The base address of the provider&apos;s sign-in service, from its documentation.</source>
        <translation>Die Basisadresse des Anmeldedienstes des Anbieters, laut seiner Dokumentation.</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check the issuer address</source>
        <translation>Aussteller-Adresse prüfen</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>Token address</source>
        <translation>Token-Adresse</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>The public name of the integration&apos;s client, shown in the provider&apos;s developer portal.</source>
        <translation>Der öffentliche Name des Clients der Integration, wie er im Entwicklerportal des Anbieters angezeigt wird.</translation>
    </message>
    <message>
        <source>Enter the client ID from the provider&apos;s developer portal.</source>
        <translation>Geben Sie die Client-ID aus dem Entwicklerportal des Anbieters ein.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>The client&apos;s own password at the provider. It is stored in the system keyring.</source>
        <translation>Das eigene Passwort des Clients beim Anbieter. Es wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>This client has &amp;no secret (a public client)</source>
        <translation>Dieser Client hat &amp;kein Geheimnis (öffentlicher Client)</translation>
    </message>
    <message>
        <source>Public client without a secret</source>
        <translation>Öffentlicher Client ohne Geheimnis</translation>
    </message>
    <message>
        <source>Enter the client secret, or tick the box if the client has none.</source>
        <translation>Geben Sie das Client-Geheimnis ein oder setzen Sie das Häkchen, wenn der Client keines hat.</translation>
    </message>
    <message>
        <source>What the integration may do (scopes)</source>
        <translation>Was die Integration darf (Berechtigungen)</translation>
    </message>
    <message>
        <source>Other scopes</source>
        <translation>Weitere Berechtigungen</translation>
    </message>
    <message>
        <source>other scopes, separated by spaces (optional)</source>
        <translation>weitere Berechtigungen, durch Leerzeichen getrennt (optional)</translation>
    </message>
    <message>
        <source>Scopes name what the integration may do; ask only for what it needs.</source>
        <translation>Berechtigungen (Scopes) legen fest, was die Integration darf; fordern Sie nur an, was sie braucht.</translation>
    </message>
    <message>
        <source>Redirect address to register</source>
        <translation>Zu registrierende Weiterleitungsadresse</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the redirect address</source>
        <translation>Weiterleitungsadresse kopieren</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger Port</translation>
    </message>
    <message>
        <source>Fixed redirect port</source>
        <translation>Fester Port für die Weiterleitung</translation>
    </message>
    <message>
        <source>Only if the provider insists on an exact port in the redirect address. 0 = any free port.</source>
        <translation>Nur wenn der Anbieter einen genauen Port in der Weiterleitungsadresse verlangt. 0 = beliebiger freier Port.</translation>
    </message>
    <message>
        <source>Name of this sign-in</source>
        <translation>Name dieser Anmeldung</translation>
    </message>
    <message>
        <source>Integrations use this name: oauth-setup token NAME</source>
        <translation>Integrationen verwenden diesen Namen: oauth-setup token NAME</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Issuer address:</source>
        <translation>Au&amp;ssteller-Adresse:</translation>
    </message>
    <message>
        <source>Sign-in &amp;address:</source>
        <translation>Anmeldea&amp;dresse:</translation>
    </message>
    <message>
        <source>&amp;Token address:</source>
        <translation>&amp;Token-Adresse:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>&amp;Redirect address:</source>
        <translation>Weiter&amp;leitungsadresse:</translation>
    </message>
    <message>
        <source>Fixed p&amp;ort:</source>
        <translation>Fester Po&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The providers below can still be used; ask your IT department to fix the file.</source>
        <translation>Die folgenden Anbieter können trotzdem verwendet werden; bitten Sie Ihre IT-Abteilung, die Datei zu korrigieren.</translation>
    </message>
    <message>
        <source>{title} (set up by your IT department)</source>
        <translation>{title} (von Ihrer IT-Abteilung eingerichtet)</translation>
    </message>
    <message>
        <source>Demo sign-in server (on this computer, for trying the app)</source>
        <translation>Demo-Anmeldeserver (auf diesem Computer, zum Ausprobieren der App)</translation>
    </message>
    <message>
        <source>{product} — not supported</source>
        <translation>{product} — nicht unterstützt</translation>
    </message>
    <message>
        <source>Another provider, typing its addresses by hand</source>
        <translation>Anderer Anbieter, Adressen von Hand eingeben</translation>
    </message>
    <message>
        <source>&lt;b&gt;{product} cannot use the secure sign-in:&lt;/b&gt; it only allows password sign-in. Keep its integration as it is until the provider offers another way.</source>
        <translation>&lt;b&gt;{product} kann die sichere Anmeldung nicht verwenden:&lt;/b&gt; Es erlaubt nur die Passwort-Anmeldung. Lassen Sie die Integration unverändert, bis der Anbieter eine andere Möglichkeit anbietet.</translation>
    </message>
    <message>
        <source>A real sign-in server running on this computer. Any user name and password work. Its client ID is &lt;b&gt;{client_id}&lt;/b&gt; and its secret &lt;b&gt;{secret}&lt;/b&gt; (filled in for you).</source>
        <translation>Ein echter Anmeldeserver, der auf diesem Computer läuft. Jeder Benutzername und jedes Passwort funktionieren. Seine Client-ID ist &lt;b&gt;{client_id}&lt;/b&gt; und sein Geheimnis &lt;b&gt;{secret}&lt;/b&gt; (bereits für Sie eingetragen).</translation>
    </message>
    <message>
        <source>For providers without an issuer address.</source>
        <translation>Für Anbieter ohne Aussteller-Adresse.</translation>
    </message>
    <message>
        <source>Scope {scope}</source>
        <translation>Berechtigung {scope}</translation>
    </message>
    <message>
        <source>A permission named by the provider.</source>
        <translation>Eine vom Anbieter festgelegte Berechtigung.</translation>
    </message>
    <message>
        <source>Enter the issuer address first.</source>
        <translation>Geben Sie zuerst die Aussteller-Adresse ein.</translation>
    </message>
    <message>
        <source>Looking up the provider&apos;s settings…</source>
        <translation>Einstellungen des Anbieters werden abgerufen…</translation>
    </message>
    <message>
        <source>✔ Found the provider. You will sign in at &lt;b&gt;{host}&lt;/b&gt;. It supports the secure sign-in this app uses, and it can cancel tokens when you sign out.</source>
        <translation>✔ Anbieter gefunden. Sie melden sich bei &lt;b&gt;{host}&lt;/b&gt; an. Der Anbieter unterstützt die sichere Anmeldung, die diese App verwendet, und kann Tokens ungültig machen, wenn Sie sich abmelden.</translation>
    </message>
    <message>
        <source>✔ Found the provider. You will sign in at &lt;b&gt;{host}&lt;/b&gt;. It supports the secure sign-in this app uses, and it cannot cancel tokens when you sign out.</source>
        <translation>✔ Anbieter gefunden. Sie melden sich bei &lt;b&gt;{host}&lt;/b&gt; an. Der Anbieter unterstützt die sichere Anmeldung, die diese App verwendet, kann Tokens aber nicht ungültig machen, wenn Sie sich abmelden.</translation>
    </message>
    <message>
        <source>Check the address and this computer&apos;s network connection, then click Check again.</source>
        <translation>Prüfen Sie die Adresse und die Netzwerkverbindung dieses Computers und klicken Sie dann erneut auf „Prüfen“.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Register this exact address for the client in {where}.</source>
        <translation>Registrieren Sie genau diese Adresse für den Client hier: {where}.</translation>
    </message>
    <message>
        <source>Register this exact address for the client in the provider&apos;s developer portal.</source>
        <translation>Registrieren Sie genau diese Adresse für den Client im Entwicklerportal des Anbieters.</translation>
    </message>
    <message>
        <source>The app picks a free port each time it signs in; providers that follow the standard for desktop apps (RFC 8252) accept any port for this address.</source>
        <translation>Die App wählt bei jeder Anmeldung einen freien Port; Anbieter, die dem Standard für Desktop-Apps (RFC 8252) folgen, akzeptieren für diese Adresse jeden Port.</translation>
    </message>
    <message>
        <source>The provider requires this exact port; the app will listen on it while you sign in.</source>
        <translation>Der Anbieter verlangt genau diesen Port; die App wartet während der Anmeldung auf diesem Port.</translation>
    </message>
    <message>
        <source>A sign-in with this name already exists; choose another name.</source>
        <translation>Eine Anmeldung mit diesem Namen gibt es bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Filled in from {file}. Check the provider and the client ID; the refresh token will be written into that file, where the password is now.</source>
        <translation>Übernommen aus {file}. Prüfen Sie den Anbieter und die Client-ID; das Aktualisierungstoken wird in diese Datei geschrieben, an die Stelle, an der jetzt das Passwort steht.</translation>
    </message>
    <message>
        <source>Lets the app see who signed in (their name), to show it to you.</source>
        <translation>Erlaubt der App zu sehen, wer sich angemeldet hat (den Namen), um es Ihnen anzuzeigen.</translation>
    </message>
    <message>
        <source>Lets the app keep the integration signed in (a refresh token). Usually needed.</source>
        <translation>Erlaubt der App, die Integration angemeldet zu halten (mit einem Aktualisierungstoken). Meist erforderlich.</translation>
    </message>
    <message>
        <source>The signed-in person&apos;s name.</source>
        <translation>Der Name der angemeldeten Person.</translation>
    </message>
    <message>
        <source>The signed-in person&apos;s email address.</source>
        <translation>Die E-Mail-Adresse der angemeldeten Person.</translation>
    </message>
</context>
<context>
    <name>ClientProfile</name>
    <message>
        <source>The client ID is empty.</source>
        <translation>Die Client-ID ist leer.</translation>
    </message>
    <message>
        <source>Copy the client ID from the provider&apos;s developer portal.</source>
        <translation>Kopieren Sie die Client-ID aus dem Entwicklerportal des Anbieters.</translation>
    </message>
    <message>
        <source>The sign-in &apos;{name}&apos; has neither an issuer address nor sign-in and token addresses.</source>
        <translation>Die Anmeldung &apos;{name}&apos; hat weder eine Aussteller-Adresse noch eine Anmelde- und Token-Adresse.</translation>
    </message>
    <message>
        <source>Give --issuer URL, or both --authorize-url and --token-url.</source>
        <translation>Geben Sie --issuer URL an oder sowohl --authorize-url als auch --token-url.</translation>
    </message>
    <message>
        <source>The redirect port {port} is not a port number (0-65535).</source>
        <translation>Der Weiterleitungsport {port} ist keine Portnummer (0–65535).</translation>
    </message>
    <message>
        <source>The redirect path &apos;{path}&apos; must start with &apos;/&apos;.</source>
        <translation>Der Weiterleitungspfad &apos;{path}&apos; muss mit &apos;/&apos; beginnen.</translation>
    </message>
    <message>
        <source>Unknown client authentication &apos;{method}&apos;.</source>
        <translation>Unbekannte Client-Authentifizierung &apos;{method}&apos;.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo sign-in server did not start (see the messages above).</source>
        <translation>Der Demo-Anmeldeserver konnte nicht gestartet werden (siehe die Meldungen oben).</translation>
    </message>
    <message>
        <source>Demo sign-in server running at {issuer} (any user name and password work).</source>
        <translation>Demo-Anmeldeserver läuft unter {issuer} (jeder Benutzername und jedes Passwort funktionieren).</translation>
    </message>
    <message>
        <source>No screen found: signing in on the command line instead.</source>
        <translation>Kein Bildschirm gefunden: Die Anmeldung erfolgt stattdessen in der Befehlszeile.</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>This provider does not offer device sign-in.</source>
        <translation>Dieser Anbieter bietet keine Anmeldung auf einem anderen Gerät an.</translation>
    </message>
    <message>
        <source>Sign in with a browser on this computer instead (&apos;oauth-setup login NAME&apos;).</source>
        <translation>Melden Sie sich stattdessen mit einem Browser auf diesem Computer an (&apos;oauth-setup login NAME&apos;).</translation>
    </message>
    <message>
        <source>The provider&apos;s device sign-in answer was incomplete.</source>
        <translation>Die Antwort des Anbieters zur Anmeldung auf einem anderen Gerät war unvollständig.</translation>
    </message>
    <message>
        <source>The device sign-in was cancelled.</source>
        <translation>Die Anmeldung auf einem anderen Gerät wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in was refused on the other device.</source>
        <translation>Die Anmeldung wurde auf dem anderen Gerät abgelehnt.</translation>
    </message>
    <message>
        <source>The code expired before anyone finished signing in.</source>
        <translation>Der Code ist abgelaufen, bevor die Anmeldung abgeschlossen wurde.</translation>
    </message>
    <message>
        <source>Start the device sign-in again.</source>
        <translation>Starten Sie die Anmeldung auf einem anderen Gerät erneut.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>OAuth Setup Assistant support report (contains no tokens, codes or secrets)</source>
        <translation>OAuth Setup Assistant – Bericht für den Support (enthält keine Tokens, Codes oder Geheimnisse)</translation>
    </message>
    <message>
        <source>version: {version}</source>
        <translation>Version: {version}</translation>
    </message>
    <message>
        <source>python: {version} ({path})</source>
        <translation>Python: {version} ({path})</translation>
    </message>
    <message>
        <source>platform: {platform}</source>
        <translation>Plattform: {platform}</translation>
    </message>
    <message>
        <source>config dir: {path}</source>
        <translation>Konfigurationsordner: {path}</translation>
    </message>
    <message>
        <source>data dir: {path}</source>
        <translation>Datenordner: {path}</translation>
    </message>
    <message>
        <source>managed presets dir: {path}</source>
        <translation>Ordner für verwaltete Vorlagen: {path}</translation>
    </message>
    <message>
        <source>keyring backend: {backend}</source>
        <translation>Schlüsselbund-Backend: {backend}</translation>
    </message>
    <message>
        <source>keyring backend: unavailable ({error})</source>
        <translation>Schlüsselbund-Backend: nicht verfügbar ({error})</translation>
    </message>
    <message>
        <source>{preset} (managed)</source>
        <translation>{preset} (verwaltet)</translation>
    </message>
    <message>
        <source>presets: {presets}</source>
        <translation>Vorlagen: {presets}</translation>
    </message>
    <message>
        <source>preset file problem: {problem}</source>
        <translation>Problem mit einer Vorlagendatei: {problem}</translation>
    </message>
    <message>
        <source>profiles: unreadable ({error})</source>
        <translation>Anmeldungen: nicht lesbar ({error})</translation>
    </message>
    <message>
        <source>state: unknown ({error})</source>
        <translation>Zustand: unbekannt ({error})</translation>
    </message>
    <message>
        <source>state: {state} — {reason}</source>
        <translation>Zustand: {state} — {reason}</translation>
    </message>
    <message>
        <source>access token present: {present}, expires at: {expires}</source>
        <translation>Zugriffstoken vorhanden: {present}, läuft ab um: {expires}</translation>
    </message>
    <message>
        <source>refresh token present: {present}, expires at: {expires} ({source})</source>
        <translation>Aktualisierungstoken vorhanden: {present}, läuft ab um: {expires} ({source})</translation>
    </message>
    <message>
        <source>last renewal: {at} — {result}</source>
        <translation>Letzte Erneuerung: {at} — {result}</translation>
    </message>
    <message>
        <source>export {target}: ok={ok} {message}</source>
        <translation>Ziel {target}: ok={ok} {message}</translation>
    </message>
    <message>
        <source>readiness check: could not run ({error})</source>
        <translation>Bereitschaftsprüfung: konnte nicht ausgeführt werden ({error})</translation>
    </message>
    <message>
        <source>readiness check:</source>
        <translation>Bereitschaftsprüfung:</translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>The provider at &apos;{issuer}&apos; says it is &apos;{claimed}&apos;, so its settings were not used.</source>
        <translation>Der Anbieter unter &apos;{issuer}&apos; gibt an, &apos;{claimed}&apos; zu sein; seine Einstellungen wurden daher nicht verwendet.</translation>
    </message>
    <message>
        <source>The provider at &apos;{issuer}&apos; published settings this app cannot read.</source>
        <translation>Der Anbieter unter &apos;{issuer}&apos; hat Einstellungen veröffentlicht, die diese App nicht lesen kann.</translation>
    </message>
    <message>
        <source>The provider at &apos;{issuer}&apos; does not support PKCE with S256, which this app requires.</source>
        <translation>Der Anbieter unter &apos;{issuer}&apos; unterstützt kein PKCE mit S256, das diese App voraussetzt.</translation>
    </message>
    <message>
        <source>The provider at &apos;{issuer}&apos; could not be reached.</source>
        <translation>Der Anbieter unter &apos;{issuer}&apos; konnte nicht erreicht werden.</translation>
    </message>
    <message>
        <source>The provider at &apos;{issuer}&apos; had a problem (HTTP {status}).</source>
        <translation>Beim Anbieter unter &apos;{issuer}&apos; ist ein Problem aufgetreten (HTTP {status}).</translation>
    </message>
    <message>
        <source>The provider at &apos;{issuer}&apos; did not publish readable settings.</source>
        <translation>Der Anbieter unter &apos;{issuer}&apos; hat keine lesbaren Einstellungen veröffentlicht.</translation>
    </message>
    <message>
        <source>No sign-in settings were found at &apos;{issuer}&apos; (HTTP {status}): it may not be an OAuth issuer address.</source>
        <translation>Unter &apos;{issuer}&apos; wurden keine Anmeldeeinstellungen gefunden (HTTP {status}): Möglicherweise ist das keine OAuth-Aussteller-Adresse.</translation>
    </message>
    <message>
        <source>The provider at &apos;{issuer}&apos; did not publish its sign-in (authorization) address.</source>
        <translation>Der Anbieter unter &apos;{issuer}&apos; hat seine Anmeldeadresse (Autorisierungsadresse) nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>The provider at &apos;{issuer}&apos; did not publish its token address.</source>
        <translation>Der Anbieter unter &apos;{issuer}&apos; hat seine Token-Adresse nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>The provider at &apos;{issuer}&apos; did not publish its {setting}.</source>
        <translation>Der Anbieter unter &apos;{issuer}&apos; hat die Angabe „{setting}“ nicht veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <source>{product} only allows password sign-in, which this app replaces.</source>
        <translation>{product} erlaubt nur die Passwort-Anmeldung, die diese App ersetzt.</translation>
    </message>
    <message>
        <source>Keep its integration as it is until the provider offers authorization-code sign-in.</source>
        <translation>Lassen Sie die Integration unverändert, bis der Anbieter eine Anmeldung mit Autorisierungscode anbietet.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>The sign-in address {address} failed: its certificate is not valid.</source>
        <translation>Die Anmeldeadresse {address} hat nicht funktioniert: Das Zertifikat ist ungültig.</translation>
    </message>
    <message>
        <source>The sign-in address {address} failed: it could not be reached.</source>
        <translation>Die Anmeldeadresse {address} war nicht erreichbar.</translation>
    </message>
    <message>
        <source>Check the address and this computer&apos;s network and proxy settings.</source>
        <translation>Prüfen Sie die Adresse sowie die Netzwerk- und Proxy-Einstellungen dieses Computers.</translation>
    </message>
    <message>
        <source>{host}: its settings were found and its issuer matches.</source>
        <translation>{host}: Die Einstellungen wurden gefunden, und der Aussteller stimmt überein.</translation>
    </message>
    <message>
        <source>{host}: its addresses answer.</source>
        <translation>{host}: Die Adressen antworten.</translation>
    </message>
    <message>
        <source>Redirect address</source>
        <translation>Weiterleitungsadresse</translation>
    </message>
    <message>
        <source>The provider did not answer the test sign-in request.</source>
        <translation>Der Anbieter hat auf die Test-Anmeldeanfrage nicht geantwortet.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The provider refused the client ({error}).</source>
        <translation>Der Anbieter hat den Client abgelehnt ({error}).</translation>
    </message>
    <message>
        <source>{address} is accepted for client {client}.</source>
        <translation>{address} wird für den Client {client} akzeptiert.</translation>
    </message>
    <message>
        <source>The provider does not accept the redirect address {address} for client {client}.</source>
        <translation>Der Anbieter akzeptiert die Weiterleitungsadresse {address} für den Client {client} nicht.</translation>
    </message>
    <message>
        <source>The provider does not know the client ID {client}.</source>
        <translation>Der Anbieter kennt die Client-ID {client} nicht.</translation>
    </message>
    <message>
        <source>The provider answered the test sign-in request with an error (HTTP {status}).</source>
        <translation>Der Anbieter hat die Test-Anmeldeanfrage mit einem Fehler beantwortet (HTTP {status}).</translation>
    </message>
    <message>
        <source>The provider accepts client {client} and shows its sign-in page.</source>
        <translation>Der Anbieter akzeptiert den Client {client} und zeigt seine Anmeldeseite an.</translation>
    </message>
    <message>
        <source>Register exactly {address} for this client in the GoTo Developer Center (OAuth Clients → your client → Redirect URIs).</source>
        <translation>Tragen Sie genau {address} für diesen Client im GoTo Developer Center ein (OAuth Clients → Ihr Client → Redirect URIs).</translation>
    </message>
    <message>
        <source>Register exactly {address} for this client in the provider&apos;s developer portal (its list of redirect or callback addresses).</source>
        <translation>Tragen Sie genau {address} für diesen Client im Entwicklerportal des Anbieters ein (in der Liste der Weiterleitungs- bzw. Callback-Adressen).</translation>
    </message>
    <message>
        <source>If signing in fails, check that {address} is registered for this client in the GoTo Developer Center (OAuth Clients → your client → Redirect URIs).</source>
        <translation>Falls die Anmeldung fehlschlägt, prüfen Sie, ob {address} für diesen Client im GoTo Developer Center eingetragen ist (OAuth Clients → Ihr Client → Redirect URIs).</translation>
    </message>
    <message>
        <source>If signing in fails, check that {address} is registered for this client in the provider&apos;s developer portal (its list of redirect or callback addresses).</source>
        <translation>Falls die Anmeldung fehlschlägt, prüfen Sie, ob {address} für diesen Client im Entwicklerportal des Anbieters eingetragen ist (in der Liste der Weiterleitungs- bzw. Callback-Adressen).</translation>
    </message>
    <message>
        <source>Check the client ID in the GoTo Developer Center, and that the client may use the authorization code grant.</source>
        <translation>Prüfen Sie die Client-ID im GoTo Developer Center und ob der Client das Autorisierungscode-Verfahren (Authorization Code Grant) verwenden darf.</translation>
    </message>
    <message>
        <source>Check the client ID in the provider&apos;s developer portal, and that the client may use the authorization code grant.</source>
        <translation>Prüfen Sie die Client-ID im Entwicklerportal des Anbieters und ob der Client das Autorisierungscode-Verfahren (Authorization Code Grant) verwenden darf.</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>The provider did not say what time it is, so the clock was not compared.</source>
        <translation>Der Anbieter hat keine Uhrzeit mitgeteilt, daher wurde die Uhr nicht verglichen.</translation>
    </message>
    <message>
        <source>The provider&apos;s time could not be read.</source>
        <translation>Die Uhrzeit des Anbieters konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} minutes ahead of the provider&apos;s: expiry times shown here would be wrong, and tokens may be renewed too late.</source>
        <translation>Die Uhr dieses Computers geht im Vergleich zum Anbieter {minutes} Minuten vor: Die hier angezeigten Ablaufzeiten wären falsch, und Tokens werden womöglich zu spät erneuert.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} minutes behind the provider&apos;s: expiry times shown here would be wrong, and tokens may be renewed too late.</source>
        <translation>Die Uhr dieses Computers geht im Vergleich zum Anbieter {minutes} Minuten nach: Die hier angezeigten Ablaufzeiten wären falsch, und Tokens werden womöglich zu spät erneuert.</translation>
    </message>
    <message>
        <source>Turn on automatic time (NTP) in the system settings.</source>
        <translation>Schalten Sie in den Systemeinstellungen die automatische Uhrzeit (NTP) ein.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with the provider&apos;s (within {seconds} s).</source>
        <translation>Die Uhr dieses Computers stimmt mit der des Anbieters überein (Abweichung höchstens {seconds} Sek.).</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Weiterleitungs-Port</translation>
    </message>
    <message>
        <source>Any free port on 127.0.0.1 will do.</source>
        <translation>Jeder freie Port auf 127.0.0.1 ist geeignet.</translation>
    </message>
    <message>
        <source>Port {port} cannot be used ({error}).</source>
        <translation>Port {port} kann nicht verwendet werden ({error}).</translation>
    </message>
    <message>
        <source>Port {port} on 127.0.0.1 is free.</source>
        <translation>Port {port} auf 127.0.0.1 ist frei.</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Secrets are kept in {description}.</source>
        <translation>Speicherort der Geheimnisse: {description}.</translation>
    </message>
    <message>
        <source>Use the system keyring where there is one.</source>
        <translation>Verwenden Sie den Schlüsselbund des Systems, wo es einen gibt.</translation>
    </message>
    <message>
        <source>Secrets are kept in {description}; it is unlocked.</source>
        <translation>Speicherort der Geheimnisse: {description}. Der Schlüsselbund ist entsperrt.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>You are signed in</source>
        <translation>Sie sind angemeldet</translation>
    </message>
    <message>
        <source>Click Finish to save this sign-in.</source>
        <translation>Klicken Sie auf „Abschließen“, um diese Anmeldung zu speichern.</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Access token expires</source>
        <translation>Zugriffstoken läuft ab</translation>
    </message>
    <message>
        <source>Refresh token expires</source>
        <translation>Aktualisierungstoken läuft ab</translation>
    </message>
    <message>
        <source>Where the tokens are kept</source>
        <translation>Speicherort der Tokens</translation>
    </message>
    <message>
        <source>Command for the integration</source>
        <translation>Befehl für die Integration</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>Access token expires:</source>
        <translation>Zugriffstoken läuft ab:</translation>
    </message>
    <message>
        <source>Refresh token expires:</source>
        <translation>Aktualisierungstoken läuft ab:</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>Speicherort:</translation>
    </message>
    <message>
        <source>The integration gets a fresh access token (a short-lived key) by running this command; the app renews it as needed:</source>
        <translation>Die Integration erhält ein neues Zugriffstoken (einen kurzlebigen Schlüssel), indem sie diesen Befehl ausführt; die App erneuert es bei Bedarf:</translation>
    </message>
    <message>
        <source>Remove the stored password</source>
        <translation>Gespeichertes Passwort entfernen</translation>
    </message>
    <message>
        <source>The password could not be removed from {file} ({reason}). The sign-in is saved; remove the password from the file yourself.</source>
        <translation>Das Passwort konnte nicht aus {file} entfernt werden ({reason}). Die Anmeldung ist gespeichert; entfernen Sie das Passwort bitte selbst aus der Datei.</translation>
    </message>
    <message>
        <source>The provider did not say who signed in.</source>
        <translation>Der Anbieter hat nicht mitgeteilt, wer sich angemeldet hat.</translation>
    </message>
    <message>
        <source>{when} (estimated)</source>
        <translation>{when} (geschätzt)</translation>
    </message>
    <message>
        <source>No refresh token was given: you will have to sign in again when the access token expires.</source>
        <translation>Es wurde kein Aktualisierungstoken ausgestellt: Sie müssen sich erneut anmelden, wenn das Zugriffstoken abläuft.</translation>
    </message>
    <message>
        <source>The refresh token could not be written into {file}: {reason} The password stays in the file. Fix the problem; the app writes the token again at its next renewal, or when you click Check all now in the status window.</source>
        <translation>Das Aktualisierungstoken konnte nicht in {file} geschrieben werden: {reason} Das Passwort bleibt in der Datei. Beheben Sie das Problem; die App schreibt das Token bei der nächsten Erneuerung erneut, oder wenn Sie im Statusfenster auf „Alle prüfen“ klicken.</translation>
    </message>
    <message>
        <source>The refresh token is now written into {file} and kept up to date there: set the integration to sign in with it instead of the password. Then the password can go: tick the box to remove it from the file when you click Finish. A copy of the old file, readable only by you, is kept next to it.</source>
        <translation>Das Aktualisierungstoken steht jetzt in {file} und wird dort aktuell gehalten: Stellen Sie die Integration so ein, dass sie sich damit statt mit dem Passwort anmeldet. Danach kann das Passwort weg: Setzen Sie das Häkchen, um es beim Klick auf „Abschließen“ aus der Datei zu entfernen. Eine Kopie der alten Datei, die nur Sie lesen können, bleibt daneben erhalten.</translation>
    </message>
    <message>
        <source>The new sign-in is saved. Click Finish to close.</source>
        <translation>Die erneute Anmeldung ist gespeichert. Klicken Sie zum Schließen auf „Abschließen“.</translation>
    </message>
    <message>
        <source>it was not written.</source>
        <translation>es wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>EmbeddedBrowser</name>
    <message>
        <source>OAuth Setup Assistant</source>
        <translation>OAuth Setup Assistant</translation>
    </message>
    <message>
        <source>The browser component is not installed with this copy of the app.</source>
        <translation>Die Browser-Komponente ist bei dieser Installation der App nicht enthalten.</translation>
    </message>
    <message>
        <source>The browser window inside this app cannot run under the root account on this computer. Use your web browser instead, or start the app as a normal user.</source>
        <translation>Das Browserfenster in der App kann auf diesem Computer nicht unter dem root-Konto laufen. Verwenden Sie stattdessen Ihren Webbrowser, oder starten Sie die App als normaler Benutzer.</translation>
    </message>
    <message>
        <source>The browser window inside this app needs the app&apos;s windows, which are not running.</source>
        <translation>Das Browserfenster in der App funktioniert nur, wenn die Fenster der App laufen – das ist gerade nicht der Fall.</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(keine Adresse)</translation>
    </message>
</context>
<context>
    <name>EmbeddedBrowserDialog</name>
    <message>
        <source>Sign in — {app}</source>
        <translation>Anmelden — {app}</translation>
    </message>
    <message>
        <source>Sign-in window</source>
        <translation>Anmeldefenster</translation>
    </message>
    <message>
        <source>Signing in to {host} — this window is part of {app}.</source>
        <translation>Anmeldung bei {host} — dieses Fenster gehört zu {app}.</translation>
    </message>
    <message>
        <source>Sign-in notice</source>
        <translation>Hinweis zur Anmeldung</translation>
    </message>
    <message>
        <source>Address of the page shown</source>
        <translation>Adresse der angezeigten Seite</translation>
    </message>
    <message>
        <source>The site this page comes from. Type your password only if this is your provider.</source>
        <translation>Die Website, von der diese Seite stammt. Geben Sie Ihr Passwort nur ein, wenn dies Ihr Anbieter ist.</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <source>Sign-in window buttons</source>
        <translation>Schaltflächen des Anmeldefensters</translation>
    </message>
    <message>
        <source>Page address: {host}</source>
        <translation>Seitenadresse: {host}</translation>
    </message>
    <message>
        <source>Page address: {host} (not encrypted)</source>
        <translation>Seitenadresse: {host} (nicht verschlüsselt)</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>The issuer address &apos;{url}&apos; is not a secure https:// address.</source>
        <translation>Die Aussteller-Adresse &apos;{url}&apos; ist keine sichere https://-Adresse.</translation>
    </message>
    <message>
        <source>The sign-in address &apos;{url}&apos; is not a secure https:// address.</source>
        <translation>Die Anmeldeadresse &apos;{url}&apos; ist keine sichere https://-Adresse.</translation>
    </message>
    <message>
        <source>The token address &apos;{url}&apos; is not a secure https:// address.</source>
        <translation>Die Token-Adresse &apos;{url}&apos; ist keine sichere https://-Adresse.</translation>
    </message>
    <message>
        <source>The revocation address &apos;{url}&apos; is not a secure https:// address.</source>
        <translation>Die Widerrufsadresse &apos;{url}&apos; ist keine sichere https://-Adresse.</translation>
    </message>
    <message>
        <source>The user information address &apos;{url}&apos; is not a secure https:// address.</source>
        <translation>Die Adresse für Benutzerinformationen &apos;{url}&apos; ist keine sichere https://-Adresse.</translation>
    </message>
    <message>
        <source>The device sign-in address &apos;{url}&apos; is not a secure https:// address.</source>
        <translation>Die Adresse für die Anmeldung auf einem anderen Gerät &apos;{url}&apos; ist keine sichere https://-Adresse.</translation>
    </message>
    <message>
        <source>The {what} address &apos;{url}&apos; is not a secure https:// address.</source>
        <translation>Die Adresse „{what}“ &apos;{url}&apos; ist keine sichere https://-Adresse.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Try again. If it keeps happening, run &apos;oauth-setup diagnostics&apos;.</source>
        <translation>Versuchen Sie es erneut. Wenn das Problem bleibt, führen Sie &apos;oauth-setup diagnostics&apos; aus.</translation>
    </message>
    <message>
        <source>Check the settings of this sign-in (&apos;oauth-setup profile show NAME&apos;).</source>
        <translation>Prüfen Sie die Einstellungen dieser Anmeldung (&apos;oauth-setup profile show NAME&apos;).</translation>
    </message>
    <message>
        <source>Run &apos;oauth-setup profile list&apos; to see the names that exist.</source>
        <translation>Führen Sie &apos;oauth-setup profile list&apos; aus, um die vorhandenen Namen zu sehen.</translation>
    </message>
    <message>
        <source>Use the provider&apos;s https:// address; only addresses on this computer may use http://.</source>
        <translation>Verwenden Sie die https://-Adresse des Anbieters; nur Adressen auf diesem Computer dürfen http:// verwenden.</translation>
    </message>
    <message>
        <source>Close the program that uses this port, or register a different port with the provider.</source>
        <translation>Schließen Sie das Programm, das diesen Port verwendet, oder registrieren Sie beim Anbieter einen anderen Port.</translation>
    </message>
    <message>
        <source>Check the client ID and secret in the provider&apos;s developer portal, then enter them again.</source>
        <translation>Prüfen Sie Client-ID und Geheimnis im Entwicklerportal des Anbieters und geben Sie beides dann erneut ein.</translation>
    </message>
    <message>
        <source>In the provider&apos;s developer portal, allow the &apos;authorization code&apos; grant and register the redirect address this app shows.</source>
        <translation>Erlauben Sie im Entwicklerportal des Anbieters den Grant-Typ &apos;authorization code&apos; (Autorisierungscode) und registrieren Sie die Weiterleitungsadresse, die diese App anzeigt.</translation>
    </message>
    <message>
        <source>Check the issuer address (it is usually shown in the provider&apos;s documentation).</source>
        <translation>Prüfen Sie die Aussteller-Adresse (sie steht meist in der Dokumentation des Anbieters).</translation>
    </message>
    <message>
        <source>Sign-in was stopped to protect you. Check the issuer address; if it is right, tell your provider&apos;s support.</source>
        <translation>Die Anmeldung wurde zu Ihrem Schutz abgebrochen. Prüfen Sie die Aussteller-Adresse; wenn sie stimmt, wenden Sie sich an den Support Ihres Anbieters.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s internet connection and try again in a few minutes. Your stored sign-in was not changed.</source>
        <translation>Prüfen Sie die Internetverbindung dieses Computers und versuchen Sie es in einigen Minuten erneut. Ihre gespeicherte Anmeldung wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Sign in again with &apos;oauth-setup login NAME&apos; (or &apos;Sign in again&apos; in the app).</source>
        <translation>Melden Sie sich erneut an mit &apos;oauth-setup login NAME&apos; (oder mit „Erneut anmelden“ in der App).</translation>
    </message>
    <message>
        <source>Sign in with &apos;oauth-setup login NAME&apos;.</source>
        <translation>Melden Sie sich an mit &apos;oauth-setup login NAME&apos;.</translation>
    </message>
    <message>
        <source>Unlock your keyring (or log in to the desktop once) and try again. On a machine with no keyring, an administrator may choose &apos;--store file&apos; to keep tokens in a protected file.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund (oder melden Sie sich einmal am Desktop an) und versuchen Sie es erneut. Auf einem Rechner ohne Schlüsselbund kann ein Administrator &apos;--store file&apos; wählen, um Tokens in einer geschützten Datei zu speichern.</translation>
    </message>
    <message>
        <source>Start the sign-in again.</source>
        <translation>Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Start the sign-in again and choose &apos;Allow&apos; (or &apos;Continue&apos;) when the provider asks. If you were not asked, your account may not be allowed to use this client.</source>
        <translation>Starten Sie die Anmeldung erneut und wählen Sie „Zulassen“ bzw. „Allow“ (oder „Weiter“), wenn der Anbieter fragt. Wenn Sie nicht gefragt wurden, darf Ihr Konto diesen Client möglicherweise nicht verwenden.</translation>
    </message>
    <message>
        <source>Start the sign-in again when you are ready.</source>
        <translation>Starten Sie die Anmeldung erneut, sobald Sie bereit sind.</translation>
    </message>
    <message>
        <source>Start the sign-in again and finish it in the browser within the time shown.</source>
        <translation>Starten Sie die Anmeldung erneut und schließen Sie sie im Browser innerhalb der angezeigten Zeit ab.</translation>
    </message>
    <message>
        <source>Close old sign-in tabs and start the sign-in again from this app; use only the newest link.</source>
        <translation>Schließen Sie alte Anmelde-Tabs und starten Sie die Anmeldung in dieser App neu; verwenden Sie nur den neuesten Link.</translation>
    </message>
    <message>
        <source>The provider said: &quot;{description}&quot;.</source>
        <translation>Der Anbieter meldete: „{description}“.</translation>
    </message>
    <message>
        <source>Fix the problem, then run &apos;oauth-setup export retry NAME&apos;.</source>
        <translation>Beheben Sie das Problem und führen Sie dann &apos;oauth-setup export retry NAME&apos; aus.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Enter the file.</source>
        <translation>Es ist keine Datei angegeben.</translation>
    </message>
    <message>
        <source>A JSON settings file</source>
        <translation>Eine JSON-Einstellungsdatei</translation>
    </message>
    <message>
        <source>Where in the file:</source>
        <translation>Stelle in der Datei:</translation>
    </message>
    <message>
        <source>Where in the file</source>
        <translation>Stelle in der Datei</translation>
    </message>
    <message>
        <source>Say where in the file the token goes.</source>
        <translation>Geben Sie an, an welche Stelle in der Datei das Token kommt.</translation>
    </message>
    <message>
        <source>Where the token goes, as the names from the top of the file, each after a “/”. Example: /auth/refresh_token. The rest of the file is kept.</source>
        <translation>Wo das Token hingehört: die Namen ab der obersten Ebene der Datei, jeweils nach einem „/“. Beispiel: /auth/refresh_token. Der Rest der Datei bleibt erhalten.</translation>
    </message>
    <message>
        <source>For example: file {location}, where in the file {key}.</source>
        <translation>Zum Beispiel: Datei {location}, Stelle in der Datei {key}.</translation>
    </message>
    <message>
        <source>An INI settings file</source>
        <translation>Eine INI-Einstellungsdatei</translation>
    </message>
    <message>
        <source>Section and key:</source>
        <translation>Abschnitt und Schlüssel:</translation>
    </message>
    <message>
        <source>Section and key</source>
        <translation>Abschnitt und Schlüssel</translation>
    </message>
    <message>
        <source>Enter the section and key.</source>
        <translation>Abschnitt und Schlüssel fehlen.</translation>
    </message>
    <message>
        <source>The section name, a dot, then the key. Example: oauth.refresh_token writes “refresh_token = …” under [oauth]. The rest of the file is kept.</source>
        <translation>Der Name des Abschnitts, ein Punkt, dann der Schlüssel. Beispiel: oauth.refresh_token schreibt „refresh_token = …“ unter [oauth]. Der Rest der Datei bleibt erhalten.</translation>
    </message>
    <message>
        <source>For example: file {location}, section and key {key}.</source>
        <translation>Zum Beispiel: Datei {location}, Abschnitt und Schlüssel {key}.</translation>
    </message>
    <message>
        <source>A .env file</source>
        <translation>Eine .env-Datei</translation>
    </message>
    <message>
        <source>Variable name:</source>
        <translation>Variablenname:</translation>
    </message>
    <message>
        <source>Variable name</source>
        <translation>Variablenname</translation>
    </message>
    <message>
        <source>Enter the variable name.</source>
        <translation>Der Variablenname fehlt.</translation>
    </message>
    <message>
        <source>Example: CRM_REFRESH_TOKEN writes the line “CRM_REFRESH_TOKEN=…”. The other lines are kept.</source>
        <translation>Beispiel: CRM_REFRESH_TOKEN schreibt die Zeile „CRM_REFRESH_TOKEN=…“. Die anderen Zeilen bleiben erhalten.</translation>
    </message>
    <message>
        <source>For example: file {location}, variable name {key}.</source>
        <translation>Zum Beispiel: Datei {location}, Variablenname {key}.</translation>
    </message>
    <message>
        <source>Another keyring entry</source>
        <translation>Ein weiterer Schlüsselbund-Eintrag</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Enter the service.</source>
        <translation>Der Dienst fehlt.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Der Benutzername fehlt.</translation>
    </message>
    <message>
        <source>The entry in this computer&apos;s keyring that the integration reads: its service and user name, as the integration&apos;s documentation names them.</source>
        <translation>Der Eintrag im Schlüsselbund dieses Computers, den die Integration liest: sein Dienst und Benutzername, so wie die Dokumentation der Integration sie nennt.</translation>
    </message>
    <message>
        <source>For example: service {location}, user name {key}.</source>
        <translation>Zum Beispiel: Dienst {location}, Benutzername {key}.</translation>
    </message>
    <message>
        <source>A program (gets the token on its input)</source>
        <translation>Ein Programm (erhält das Token über seine Eingabe)</translation>
    </message>
    <message>
        <source>Program and its arguments:</source>
        <translation>Programm und Argumente:</translation>
    </message>
    <message>
        <source>Program and its arguments</source>
        <translation>Programm und Argumente</translation>
    </message>
    <message>
        <source>Enter the program to run, and its arguments.</source>
        <translation>Geben Sie das auszuführende Programm und seine Argumente ein.</translation>
    </message>
    <message>
        <source>The app runs this program every time the token changes and types the token into it (on its standard input). Nothing is passed on the command line.</source>
        <translation>Die App führt dieses Programm bei jeder Änderung des Tokens aus und gibt ihm das Token ein (über seine Standardeingabe). In der Befehlszeile wird nichts übergeben.</translation>
    </message>
    <message>
        <source>For example: program and its arguments {location}.</source>
        <translation>Zum Beispiel: Programm und Argumente {location}.</translation>
    </message>
    <message>
        <source>Add export target: {name}</source>
        <translation>Ziel hinzufügen: {name}</translation>
    </message>
    <message>
        <source>Every time the token of &apos;{name}&apos; changes, the app can write it where an integration reads it. Choose where.</source>
        <translation>Bei jeder Änderung des Tokens von &apos;{name}&apos; kann die App es dorthin schreiben, wo eine Integration es liest. Wählen Sie, wohin.</translation>
    </message>
    <message>
        <source>What receives the token</source>
        <translation>Was das Token erhält</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>The refresh token (usual)</source>
        <translation>Aktualisierungstoken (üblich)</translation>
    </message>
    <message>
        <source>Send the refresh token</source>
        <translation>Aktualisierungstoken senden</translation>
    </message>
    <message>
        <source>The access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Send the access token</source>
        <translation>Zugriffstoken senden</translation>
    </message>
    <message>
        <source>The refresh token suits integrations that renew their access by themselves. The access token suits integrations that only use it: it lasts about an hour, and the app writes a new one before it runs out, as long as the app keeps running in the background.</source>
        <translation>Das Aktualisierungstoken eignet sich für Integrationen, die ihren Zugriff selbst erneuern. Das Zugriffstoken eignet sich für Integrationen, die es nur verwenden: Es gilt etwa eine Stunde, und die App schreibt rechtzeitig ein neues, solange sie im Hintergrund weiterläuft.</translation>
    </message>
    <message>
        <source>Which token to choose</source>
        <translation>Welches Token wählen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add this export target</source>
        <translation>Dieses Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Write the token to:</source>
        <translation>Token schreiben in:</translation>
    </message>
    <message>
        <source>Which token:</source>
        <translation>Welches Token:</translation>
    </message>
    <message>
        <source>Example: {example}</source>
        <translation>Beispiel: {example}</translation>
    </message>
    <message>
        <source>Choose the program</source>
        <translation>Programm auswählen</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Nicht verwendet</translation>
    </message>
    <message>
        <source>Choose the settings file</source>
        <translation>Einstellungsdatei auswählen</translation>
    </message>
    <message>
        <source>Enter it, for example {example}</source>
        <translation>Geben Sie es ein, zum Beispiel {example}</translation>
    </message>
    <message>
        <source>Correct the fields above. {example}</source>
        <translation>Korrigieren Sie die Felder oben. {example}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already writes its access token to {target}.</source>
        <translation>&apos;{name}&apos; schreibt sein Zugriffstoken bereits hierhin: {target}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already writes its refresh token to {target}.</source>
        <translation>&apos;{name}&apos; schreibt sein Aktualisierungstoken bereits hierhin: {target}.</translation>
    </message>
    <message>
        <source>Choose another place, or close this window.</source>
        <translation>Wählen Sie einen anderen Ort oder schließen Sie dieses Fenster.</translation>
    </message>
</context>
<context>
    <name>ExportRow</name>
    <message>
        <source>The access token goes to {target}</source>
        <translation>Ziel für das Zugriffstoken: {target}</translation>
    </message>
    <message>
        <source>The refresh token goes to {target}</source>
        <translation>Ziel für das Aktualisierungstoken: {target}</translation>
    </message>
    <message>
        <source>Export target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Last write</source>
        <translation>Letzter Schreibvorgang</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Stop sending the token to {target}</source>
        <translation>Token nicht mehr senden an: {target}</translation>
    </message>
    <message>
        <source>Stop writing the token there. The file or entry itself is left as it is.</source>
        <translation>Das Token nicht mehr dorthin schreiben. Die Datei bzw. der Eintrag selbst bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>the key {key} in {path}</source>
        <translation>Schlüssel {key} in {path}</translation>
    </message>
    <message>
        <source>the key {key} in section [{section}] of {path}</source>
        <translation>Schlüssel {key} im Abschnitt [{section}] von {path}</translation>
    </message>
    <message>
        <source>the variable {name} in {path}</source>
        <translation>Variable {name} in {path}</translation>
    </message>
    <message>
        <source>the keyring entry {username} of service {service}</source>
        <translation>Schlüsselbund-Eintrag {username} des Dienstes {service}</translation>
    </message>
    <message>
        <source>the command {command}</source>
        <translation>Befehl {command}</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>The {kind} export target is not usable: {problem}.</source>
        <translation>Das Ziel vom Typ {kind} ist nicht verwendbar: {problem}.</translation>
    </message>
    <message>
        <source>Write it as {form}.</source>
        <translation>Schreiben Sie es in der Form {form}.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of export target.</source>
        <translation>&apos;{kind}&apos; ist kein gültiger Zieltyp.</translation>
    </message>
    <message>
        <source>Use one of {forms}.</source>
        <translation>Verwenden Sie eine dieser Formen: {forms}.</translation>
    </message>
    <message>
        <source>&apos;{token}&apos; is not a kind of token.</source>
        <translation>&apos;{token}&apos; ist keine gültige Token-Art.</translation>
    </message>
    <message>
        <source>Export the &apos;refresh&apos; or the &apos;access&apos; token.</source>
        <translation>Exportieren Sie das Token &apos;refresh&apos; oder &apos;access&apos;.</translation>
    </message>
    <message>
        <source>it contains a line break</source>
        <translation>es enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>the path &apos;{path}&apos; is not absolute</source>
        <translation>der Pfad &apos;{path}&apos; ist nicht absolut</translation>
    </message>
    <message>
        <source>the path may not contain &apos;#&apos; (it separates the path from the key)</source>
        <translation>der Pfad darf kein &apos;#&apos; enthalten (es trennt den Pfad vom Schlüssel)</translation>
    </message>
    <message>
        <source>after &apos;#&apos; comes a JSON pointer such as /auth/refresh_token (RFC 6901)</source>
        <translation>nach &apos;#&apos; folgt ein JSON-Pointer wie /auth/refresh_token (RFC 6901)</translation>
    </message>
    <message>
        <source>after &apos;#&apos; comes the section, a dot, and the key, such as auth.refresh_token</source>
        <translation>nach &apos;#&apos; folgen der Abschnitt, ein Punkt und der Schlüssel, z. B. auth.refresh_token</translation>
    </message>
    <message>
        <source>after &apos;#&apos; comes a variable name of letters, digits and underscores</source>
        <translation>nach &apos;#&apos; folgt ein Variablenname aus Buchstaben, Ziffern und Unterstrichen</translation>
    </message>
    <message>
        <source>give the keyring service, a &apos;/&apos;, then the user name</source>
        <translation>geben Sie den Schlüsselbund-Dienst an, dann ein &apos;/&apos;, dann den Benutzernamen</translation>
    </message>
    <message>
        <source>the command line has an unmatched quote</source>
        <translation>in der Befehlszeile fehlt ein schließendes Anführungszeichen</translation>
    </message>
    <message>
        <source>give the program and its arguments</source>
        <translation>geben Sie das Programm und seine Argumente an</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an export target.</source>
        <translation>&apos;{text}&apos; ist kein gültiges Ziel.</translation>
    </message>
    <message>
        <source>Write it in one of these forms: {forms}.</source>
        <translation>Schreiben Sie es in einer dieser Formen: {forms}.</translation>
    </message>
    <message>
        <source>the path must be followed by &apos;#&apos; and the key to set</source>
        <translation>auf den Pfad müssen &apos;#&apos; und der zu setzende Schlüssel folgen</translation>
    </message>
    <message>
        <source>The stored export target &apos;{text}&apos; does not start with &apos;refresh&apos; or &apos;access&apos;.</source>
        <translation>Das gespeicherte Ziel &apos;{text}&apos; beginnt nicht mit &apos;refresh&apos; oder &apos;access&apos;.</translation>
    </message>
    <message>
        <source>Remove it with &apos;oauth-setup export remove NAME&apos; and add it again.</source>
        <translation>Entfernen Sie es mit &apos;oauth-setup export remove NAME&apos; und fügen Sie es erneut hinzu.</translation>
    </message>
    <message>
        <source>Could not update {target}: there is no token to write.</source>
        <translation>Aktualisierung fehlgeschlagen ({target}): Es gibt kein Token zum Schreiben.</translation>
    </message>
    <message>
        <source>Could not update {target}: the token is not valid text.</source>
        <translation>Aktualisierung fehlgeschlagen ({target}): Das Token ist kein gültiger Text.</translation>
    </message>
    <message>
        <source>Could not update {target}: there is no keyring on this computer.</source>
        <translation>Aktualisierung fehlgeschlagen ({target}): Auf diesem Computer gibt es keinen Schlüsselbund.</translation>
    </message>
    <message>
        <source>Could not update {target}: the keyring is locked.</source>
        <translation>Aktualisierung fehlgeschlagen ({target}): Der Schlüsselbund ist gesperrt.</translation>
    </message>
    <message>
        <source>Could not update {target}: the keyring refused it ({error}).</source>
        <translation>Aktualisierung fehlgeschlagen ({target}): Der Schlüsselbund hat den Vorgang abgelehnt ({error}).</translation>
    </message>
    <message>
        <source>Unlock the keyring, then run &apos;oauth-setup export retry NAME&apos;.</source>
        <translation>Entsperren Sie den Schlüsselbund und führen Sie dann &apos;oauth-setup export retry NAME&apos; aus.</translation>
    </message>
    <message>
        <source>Run the command by hand to see what it says, then run &apos;oauth-setup export retry NAME&apos;.</source>
        <translation>Führen Sie den Befehl von Hand aus, um seine Meldung zu sehen, und führen Sie dann &apos;oauth-setup export retry NAME&apos; aus.</translation>
    </message>
    <message>
        <source>Could not hand the token to {target}: the program {program} was not found.</source>
        <translation>Token-Übergabe fehlgeschlagen ({target}): Das Programm {program} wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Could not hand the token to {target}: it could not be started ({error}).</source>
        <translation>Token-Übergabe fehlgeschlagen ({target}): Es konnte nicht gestartet werden ({error}).</translation>
    </message>
    <message>
        <source>Could not hand the token to {target}: it did not finish within {seconds} seconds.</source>
        <translation>Token-Übergabe fehlgeschlagen ({target}): Es wurde nicht innerhalb von {seconds} Sekunden beendet.</translation>
    </message>
    <message>
        <source>Could not hand the token to {target}: it was stopped by signal {signal}.</source>
        <translation>Token-Übergabe fehlgeschlagen ({target}): Es wurde durch Signal {signal} gestoppt.</translation>
    </message>
    <message>
        <source>Could not hand the token to {target}: it ended with exit code {code}.</source>
        <translation>Token-Übergabe fehlgeschlagen ({target}): Es endete mit Exit-Code {code}.</translation>
    </message>
    <message>
        <source>Could not update {target}: the file {path} does not exist.</source>
        <translation>Aktualisierung fehlgeschlagen ({target}): Die Datei {path} existiert nicht.</translation>
    </message>
    <message>
        <source>Check the path (the integration&apos;s own configuration file must already exist), or remove this target with &apos;oauth-setup export remove NAME&apos;.</source>
        <translation>Prüfen Sie den Pfad (die Konfigurationsdatei der Integration muss bereits vorhanden sein), oder entfernen Sie dieses Ziel mit &apos;oauth-setup export remove NAME&apos;.</translation>
    </message>
    <message>
        <source>symlink loop</source>
        <translation>Endlosschleife symbolischer Links</translation>
    </message>
    <message>
        <source>Could not update {target}: the file {path} cannot be reached ({reason}).</source>
        <translation>Aktualisierung fehlgeschlagen ({target}): Die Datei {path} ist nicht erreichbar ({reason}).</translation>
    </message>
    <message>
        <source>Could not update {target}: {path} is not a regular file.</source>
        <translation>Aktualisierung fehlgeschlagen ({target}): {path} ist keine normale Datei.</translation>
    </message>
    <message>
        <source>Could not update {target}: the file is not UTF-8 text.</source>
        <translation>Aktualisierung fehlgeschlagen ({target}): Die Datei ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>Save the file as UTF-8, then run &apos;oauth-setup export retry NAME&apos;.</source>
        <translation>Speichern Sie die Datei als UTF-8 und führen Sie dann &apos;oauth-setup export retry NAME&apos; aus.</translation>
    </message>
    <message>
        <source>Could not update {target}: the file could not be read ({reason}).</source>
        <translation>Aktualisierung fehlgeschlagen ({target}): Die Datei konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Could not update {target}: {reason}.</source>
        <translation>Aktualisierung fehlgeschlagen ({target}): {reason}.</translation>
    </message>
    <message>
        <source>Could not update {target}: the file could not be written in {folder} ({reason}).</source>
        <translation>Aktualisierung fehlgeschlagen ({target}): Die Datei konnte in {folder} nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>Let this user create files in {folder}, then run &apos;oauth-setup export retry NAME&apos;.</source>
        <translation>Erlauben Sie diesem Benutzer, Dateien in {folder} anzulegen, und führen Sie dann &apos;oauth-setup export retry NAME&apos; aus.</translation>
    </message>
    <message>
        <source>Could not update {target}: the token was written, but the file&apos;s owner could not be restored to user {user}, group {group} ({reason}).</source>
        <translation>Aktualisierung unvollständig ({target}): Das Token wurde geschrieben, aber der Eigentümer der Datei konnte nicht auf Benutzer {user}, Gruppe {group} zurückgesetzt werden ({reason}).</translation>
    </message>
    <message>
        <source>Run the export as the file&apos;s owner, or run &apos;chown {user}:{group} {path}&apos;.</source>
        <translation>Führen Sie den Export als Eigentümer der Datei aus, oder führen Sie &apos;chown {user}:{group} {path}&apos; aus.</translation>
    </message>
    <message>
        <source>the token contains a line break, which this file format cannot hold</source>
        <translation>das Token enthält einen Zeilenumbruch, den dieses Dateiformat nicht aufnehmen kann</translation>
    </message>
    <message>
        <source>Fix the file, then run &apos;oauth-setup export retry NAME&apos;.</source>
        <translation>Korrigieren Sie die Datei und führen Sie dann &apos;oauth-setup export retry NAME&apos; aus.</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line {line})</source>
        <translation>die Datei ist kein gültiges JSON (Zeile {line})</translation>
    </message>
    <message>
        <source>the file&apos;s JSON is nested too deeply to edit safely</source>
        <translation>das JSON der Datei ist zu tief verschachtelt, um es sicher zu bearbeiten</translation>
    </message>
    <message>
        <source>the file&apos;s JSON could not be read</source>
        <translation>das JSON der Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>there is no key {pointer} in the file</source>
        <translation>in der Datei gibt es keinen Schlüssel {pointer}</translation>
    </message>
    <message>
        <source>{pointer} is a list and &apos;{part}&apos; is not a position in it</source>
        <translation>{pointer} ist eine Liste, und &apos;{part}&apos; ist keine Position darin</translation>
    </message>
    <message>
        <source>the top level is a list and &apos;{part}&apos; is not a position in it</source>
        <translation>die oberste Ebene ist eine Liste, und &apos;{part}&apos; ist keine Position darin</translation>
    </message>
    <message>
        <source>the list {pointer} has {count} items, so there is no position {position}</source>
        <translation>die Liste {pointer} hat {count} Einträge, daher gibt es keine Position {position}</translation>
    </message>
    <message>
        <source>the list at the top level has {count} items, so there is no position {position}</source>
        <translation>die Liste auf der obersten Ebene hat {count} Einträge, daher gibt es keine Position {position}</translation>
    </message>
    <message>
        <source>the value at {pointer} is not an object or a list</source>
        <translation>der Wert bei {pointer} ist kein Objekt und keine Liste</translation>
    </message>
    <message>
        <source>the value at the top level is not an object or a list</source>
        <translation>der Wert auf der obersten Ebene ist kein Objekt und keine Liste</translation>
    </message>
    <message>
        <source>Check the pointer in the target (RFC 6901), or add the missing part to the file, then run &apos;oauth-setup export retry NAME&apos;.</source>
        <translation>Prüfen Sie den Pointer im Ziel (RFC 6901) oder ergänzen Sie den fehlenden Teil in der Datei, und führen Sie dann &apos;oauth-setup export retry NAME&apos; aus.</translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>the file {path} (readable only by you, not encrypted)</source>
        <translation>Datei {path} (nur für Sie lesbar, nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>The secrets file {path} cannot be read.</source>
        <translation>Die Datei mit den Geheimnissen ({path}) kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Found</name>
    <message>
        <source>Read {path} ({kind}):</source>
        <translation>{path} gelesen ({kind}):</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>{label}: found ({count} characters, not shown)</source>
        <translation>{label}: gefunden ({count} Zeichen, nicht angezeigt)</translation>
    </message>
    <message>
        <source>This integration signs in with a stored password (the password grant).</source>
        <translation>Diese Integration meldet sich mit einem gespeicherten Passwort an (Passwort-Anmeldung).</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Guide — OAuth Setup Assistant</source>
        <translation>Anleitung — OAuth Setup Assistant</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
</context>
<context>
    <name>KeyringSecretStore</name>
    <message>
        <source>the system keyring ({backend}), under &apos;{service}&apos;</source>
        <translation>Schlüsselbund des Systems ({backend}), unter &apos;{service}&apos;</translation>
    </message>
    <message>
        <source>The system keyring could not be started.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The system keyring is locked, and nobody answered the request to unlock it.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt, und niemand hat die Anfrage zum Entsperren beantwortet.</translation>
    </message>
    <message>
        <source>The system keyring is locked.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt.</translation>
    </message>
    <message>
        <source>The system keyring failed to read an entry ({error}).</source>
        <translation>Der Schlüsselbund des Systems konnte einen Eintrag nicht lesen ({error}).</translation>
    </message>
    <message>
        <source>The system keyring failed to write an entry ({error}).</source>
        <translation>Der Schlüsselbund des Systems konnte einen Eintrag nicht schreiben ({error}).</translation>
    </message>
    <message>
        <source>The system keyring failed to delete an entry ({error}).</source>
        <translation>Der Schlüsselbund des Systems konnte einen Eintrag nicht löschen ({error}).</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>There is no &apos;{lang}&apos; translation. Choose one of: {choices}.</source>
        <translation>Es gibt keine Übersetzung &apos;{lang}&apos;. Wählen Sie eine der folgenden: {choices}.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>The sign-in &apos;{name}&apos; has no issuer address.</source>
        <translation>Die Anmeldung &apos;{name}&apos; hat keine Aussteller-Adresse.</translation>
    </message>
</context>
<context>
    <name>LoginSession</name>
    <message>
        <source>No client secret is stored for &apos;{name}&apos;.</source>
        <translation>Für &apos;{name}&apos; ist kein Client-Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>Enter it again: &apos;oauth-setup profile add NAME … --client-secret-stdin&apos;.</source>
        <translation>Geben Sie es erneut ein: &apos;oauth-setup profile add NAME … --client-secret-stdin&apos;.</translation>
    </message>
    <message>
        <source>The sign-in answer was not processed.</source>
        <translation>Die Anmeldeantwort wurde nicht verarbeitet.</translation>
    </message>
    <message>
        <source>The provider&apos;s identity token could not be read.</source>
        <translation>Das Identitätstoken des Anbieters konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The identity token was issued by a different provider than the one asked.</source>
        <translation>Das Identitätstoken wurde von einem anderen Anbieter ausgestellt als dem angefragten.</translation>
    </message>
    <message>
        <source>The identity token was issued for a different client.</source>
        <translation>Das Identitätstoken wurde für einen anderen Client ausgestellt.</translation>
    </message>
    <message>
        <source>The identity token does not belong to this sign-in (nonce mismatch).</source>
        <translation>Das Identitätstoken gehört nicht zu dieser Anmeldung (Nonce stimmt nicht überein).</translation>
    </message>
</context>
<context>
    <name>LoginTask</name>
    <message>
        <source>Fix this, then try again.</source>
        <translation>Beheben Sie das Problem und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in this app.</source>
        <translation>Die Anmeldung wurde in dieser App abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Loopback</name>
    <message>
        <source>This address only accepts the sign-in answer this app is waiting for.</source>
        <translation>Diese Adresse nimmt nur die Anmeldeantwort an, auf die diese App wartet.</translation>
    </message>
    <message>
        <source>This request is not one this app understands.</source>
        <translation>Diese Anfrage kann diese App nicht verarbeiten.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>{program} (process {pid})</source>
        <translation>{program} (Prozess {pid})</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>einem anderen Programm</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>einem Programm</translation>
    </message>
</context>
<context>
    <name>LoopbackReceiver</name>
    <message>
        <source>Nobody finished signing in.</source>
        <translation>Niemand hat die Anmeldung abgeschlossen.</translation>
    </message>
    <message>
        <source>Nobody finished signing in within {seconds} second.</source>
        <translation>Niemand hat die Anmeldung innerhalb von {seconds} Sekunde abgeschlossen.</translation>
    </message>
    <message>
        <source>Nobody finished signing in within {seconds} seconds.</source>
        <translation>Niemand hat die Anmeldung innerhalb von {seconds} Sekunden abgeschlossen.</translation>
    </message>
    <message>
        <source>An answer for a different or older sign-in arrived and was ignored.</source>
        <translation>Eine Antwort für eine andere oder ältere Anmeldung ist eingegangen und wurde ignoriert.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in this app.</source>
        <translation>Die Anmeldung wurde in dieser App abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in was stopped before an answer arrived.</source>
        <translation>Die Anmeldung wurde beendet, bevor eine Antwort einging.</translation>
    </message>
    <message>
        <source>Port {port} on this computer is already in use by {holder}, so this app cannot receive the sign-in answer there.</source>
        <translation>Port {port} auf diesem Computer ist bereits von {holder} belegt, daher kann die App die Anmeldeantwort dort nicht empfangen.</translation>
    </message>
    <message>
        <source>This computer does not let the app use port {port} for the sign-in answer.</source>
        <translation>Dieser Computer erlaubt der App nicht, Port {port} für die Anmeldeantwort zu verwenden.</translation>
    </message>
    <message>
        <source>Register a redirect address with a port above 1024 with the provider.</source>
        <translation>Registrieren Sie beim Anbieter eine Weiterleitungsadresse mit einem Port über 1024.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>The app could not listen on {host} port {port} ({error}).</source>
        <translation>Die App konnte Port {port} auf {host} nicht öffnen ({error}).</translation>
    </message>
    <message>
        <source>The app stopped listening for the sign-in answer because of an internal error.</source>
        <translation>Die App wartet wegen eines internen Fehlers nicht mehr auf die Anmeldeantwort.</translation>
    </message>
    <message>
        <source>Request took too long</source>
        <translation>Anfrage hat zu lange gedauert</translation>
    </message>
    <message>
        <source>The request did not arrive in time, so the connection was closed.</source>
        <translation>Die Anfrage kam nicht rechtzeitig an, daher wurde die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>The request was larger than this address accepts.</source>
        <translation>Die Anfrage war größer, als diese Adresse annimmt.</translation>
    </message>
    <message>
        <source>The app could not check the sign-in answer because of an internal error.</source>
        <translation>Die App konnte die Anmeldeantwort wegen eines internen Fehlers nicht prüfen.</translation>
    </message>
    <message>
        <source>Sign-in answer already received</source>
        <translation>Anmeldeantwort bereits erhalten</translation>
    </message>
    <message>
        <source>This app already received the sign-in answer. You can close this tab.</source>
        <translation>Diese App hat die Anmeldeantwort bereits erhalten. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Falsche Adresse</translation>
    </message>
    <message>
        <source>This request was not addressed to this computer&apos;s sign-in address.</source>
        <translation>Diese Anfrage war nicht an die Anmeldeadresse dieses Computers gerichtet.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>Seite nicht gefunden</translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation>Unter dieser Adresse gibt es nichts.</translation>
    </message>
    <message>
        <source>The answer repeats a parameter.</source>
        <translation>Die Antwort enthält einen Parameter doppelt.</translation>
    </message>
    <message>
        <source>Not the sign-in this app is waiting for</source>
        <translation>Nicht die Anmeldung, auf die diese App wartet</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in this app started, so it was ignored.</source>
        <translation>Diese Antwort gehört nicht zu der Anmeldung, die diese App gestartet hat, und wurde daher ignoriert.</translation>
    </message>
    <message>
        <source>Sign-in did not finish</source>
        <translation>Anmeldung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>You are signed in. You can close this tab and return to {app}.</source>
        <translation>Sie sind angemeldet. Sie können diesen Tab schließen und zu {app} zurückkehren.</translation>
    </message>
    <message>
        <source>The provider answered “{error}”. It said: {description}</source>
        <translation>Der Anbieter antwortete „{error}“. Seine Meldung: {description}</translation>
    </message>
    <message>
        <source>The provider answered “{error}”.</source>
        <translation>Der Anbieter antwortete „{error}“.</translation>
    </message>
    <message>
        <source>The answer contained neither an authorization code nor an error.</source>
        <translation>Die Antwort enthielt weder einen Autorisierungscode noch einen Fehler.</translation>
    </message>
    <message>
        <source>Return to {app} to see what to do next.</source>
        <translation>Kehren Sie zu {app} zurück, um zu sehen, wie es weitergeht.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside the app.</source>
        <translation>In der App ist ein unerwarteter Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, restart the app.</source>
        <translation>Versuchen Sie es erneut. Wenn das Problem bleibt, starten Sie die App neu.</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>How to sign in</source>
        <translation>Art der Anmeldung</translation>
    </message>
    <message>
        <source>Choose where the provider&apos;s sign-in page opens.</source>
        <translation>Wählen Sie, wo sich die Anmeldeseite des Anbieters öffnet.</translation>
    </message>
    <message>
        <source>Your usual &amp;web browser (recommended)</source>
        <translation>Ihr &amp;gewohnter Webbrowser (empfohlen)</translation>
    </message>
    <message>
        <source>Sign in with your usual web browser</source>
        <translation>Mit Ihrem gewohnten Webbrowser anmelden</translation>
    </message>
    <message>
        <source>A &amp;browser window inside this app</source>
        <translation>Ein &amp;Browserfenster in der App</translation>
    </message>
    <message>
        <source>Sign in with a browser window inside this app</source>
        <translation>Mit einem Browserfenster in der App anmelden</translation>
    </message>
    <message>
        <source>On &amp;another device, with a code</source>
        <translation>Auf einem &amp;anderen Gerät, mit Code</translation>
    </message>
    <message>
        <source>Sign in on another device with a code</source>
        <translation>Auf einem anderen Gerät mit Code anmelden</translation>
    </message>
    <message>
        <source>Safest: you sign in where you always do, the app never sees your password, and a sign-in you already have there (including single sign-on) can be used.</source>
        <translation>Am sichersten: Sie melden sich dort an, wo Sie es immer tun, die App sieht Ihr Passwort nie, und eine dort bereits bestehende Anmeldung (auch Single Sign-on) kann genutzt werden.</translation>
    </message>
    <message>
        <source>For computers where no usual browser can be opened. Less safe: you type your password into a window of this app, so only use it if you trust this computer.</source>
        <translation>Für Computer, auf denen sich kein gewohnter Browser öffnen lässt. Weniger sicher: Sie geben Ihr Passwort in ein Fenster dieser App ein – verwenden Sie das nur, wenn Sie diesem Computer vertrauen.</translation>
    </message>
    <message>
        <source>For computers where no browser can come back to this app: you get a short code and an address, and sign in on your phone or any other computer.</source>
        <translation>Für Computer, von denen aus kein Browser zu dieser App zurückkehren kann: Sie erhalten einen kurzen Code und eine Adresse und melden sich auf Ihrem Telefon oder einem anderen Computer an.</translation>
    </message>
    <message>
        <source>Not available: your IT department allows only the usual web browser for this provider.</source>
        <translation>Nicht verfügbar: Ihre IT-Abteilung erlaubt für diesen Anbieter nur den gewohnten Webbrowser.</translation>
    </message>
    <message>
        <source>Not available: {reason}</source>
        <translation>Nicht verfügbar: {reason}</translation>
    </message>
    <message>
        <source>Not available: this provider does not offer it.</source>
        <translation>Nicht verfügbar: Dieser Anbieter bietet das nicht an.</translation>
    </message>
</context>
<context>
    <name>Migrate</name>
    <message>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>grant type</source>
        <translation>Grant-Typ</translation>
    </message>
    <message>
        <source>token url</source>
        <translation>Token-Adresse</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>This sign-in is for a person: someone signs in once in a browser, and the app keeps the integration signed in as them. A system account that no person can sign in with does not fit it. GoTo: password sign-in keeps working for existing clients until GoTo publishes a migration path for system accounts, so leave this integration as it is for now. Other providers: ask for a service account or the client credentials grant for this integration.</source>
        <translation>Diese Anmeldung ist für eine Person gedacht: Jemand meldet sich einmal in einem Browser an, und die App hält die Integration in dessen Namen angemeldet. Für ein Systemkonto, mit dem sich keine Person anmelden kann, ist sie nicht geeignet. GoTo: Die Passwort-Anmeldung funktioniert für bestehende Clients weiter, bis GoTo einen Umstellungsweg für Systemkonten veröffentlicht; lassen Sie diese Integration also vorerst unverändert. Andere Anbieter: Fragen Sie für diese Integration nach einem Dienstkonto oder nach dem Client-Credentials-Grant.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({error}).</source>
        <translation>Die Datei {path} kann nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>No stored password was found in {path}.</source>
        <translation>In {path} wurde kein gespeichertes Passwort gefunden.</translation>
    </message>
    <message>
        <source>Choose the file where the integration keeps its user name and password.</source>
        <translation>Wählen Sie die Datei, in der die Integration ihren Benutzernamen und ihr Passwort speichert.</translation>
    </message>
    <message>
        <source>The file {path} is not valid JSON ({error}).</source>
        <translation>Die Datei {path} ist kein gültiges JSON ({error}).</translation>
    </message>
    <message>
        <source>The file {path} is not a valid INI file ({error}).</source>
        <translation>Die Datei {path} ist keine gültige INI-Datei ({error}).</translation>
    </message>
</context>
<context>
    <name>MigratePage</name>
    <message>
        <source>An integration that signs in with a password</source>
        <translation>Eine Integration, die sich mit einem Passwort anmeldet</translation>
    </message>
    <message>
        <source>Choose the file where the integration keeps its user name and password. It is only read now: nothing in it changes until you have signed in and agreed.</source>
        <translation>Wählen Sie die Datei, in der die Integration ihren Benutzernamen und ihr Passwort speichert. Sie wird jetzt nur gelesen: Nichts darin ändert sich, bevor Sie sich angemeldet und zugestimmt haben.</translation>
    </message>
    <message>
        <source>Settings file of the integration</source>
        <translation>Einstellungsdatei der Integration</translation>
    </message>
    <message>
        <source>For example /etc/crm-sync/settings.json</source>
        <translation>Zum Beispiel /etc/crm-sync/settings.json</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>Choose the settings file</source>
        <translation>Einstellungsdatei auswählen</translation>
    </message>
    <message>
        <source>&amp;Settings file (JSON, INI or .env):</source>
        <translation>&amp;Einstellungsdatei (JSON, INI oder .env):</translation>
    </message>
    <message>
        <source>What was found in the file</source>
        <translation>Was in der Datei gefunden wurde</translation>
    </message>
    <message>
        <source>Who signs in with this account?</source>
        <translation>Wer meldet sich mit diesem Konto an?</translation>
    </message>
    <message>
        <source>A &amp;person: someone who can sign in with it in a web browser</source>
        <translation>Eine &amp;Person: jemand, der sich damit in einem Webbrowser anmelden kann</translation>
    </message>
    <message>
        <source>A s&amp;ystem account: no person signs in with it</source>
        <translation>Ein S&amp;ystemkonto: Keine Person meldet sich damit an</translation>
    </message>
    <message>
        <source>A person signs in with this account</source>
        <translation>Eine Person meldet sich mit diesem Konto an</translation>
    </message>
    <message>
        <source>It is a system account</source>
        <translation>Es ist ein Systemkonto</translation>
    </message>
    <message>
        <source>Settings files (*.json *.ini *.cfg *.conf *.env);;All files (*)</source>
        <translation>Einstellungsdateien (*.json *.ini *.cfg *.conf *.env);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <source>{name} needs you to sign in again</source>
        <translation>{name}: Bitte melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>Click to sign in again.</source>
        <translation>Klicken Sie hier, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <source>Sign-in for {name} expires today</source>
        <translation>Anmeldung für {name} läuft heute ab</translation>
    </message>
    <message>
        <source>Sign-in for {name} expires in {days} day</source>
        <translation>Anmeldung für {name} läuft in {days} Tag ab</translation>
    </message>
    <message>
        <source>Sign-in for {name} expires in {days} days</source>
        <translation>Anmeldung für {name} läuft in {days} Tagen ab</translation>
    </message>
    <message>
        <source>Renew now: sign in again before it runs out.</source>
        <translation>Jetzt erneuern: Melden Sie sich erneut an, bevor die Anmeldung abläuft.</translation>
    </message>
</context>
<context>
    <name>MonitorApp</name>
    <message>
        <source>Open status window</source>
        <translation>Statusfenster öffnen</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>OAuth Setup Assistant — keeping your sign-ins fresh</source>
        <translation>OAuth Setup Assistant — hält Ihre Anmeldungen aktuell</translation>
    </message>
    <message>
        <source>The last check did not finish.</source>
        <translation>Die letzte Prüfung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Last check: just now.</source>
        <translation>Letzte Prüfung: gerade eben.</translation>
    </message>
    <message>
        <source>Next check {when}.</source>
        <translation>Nächste Prüfung {when}.</translation>
    </message>
    <message>
        <source>OAuth Setup Assistant — the last check did not finish</source>
        <translation>OAuth Setup Assistant — die letzte Prüfung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>MonitorWindow</name>
    <message>
        <source>OAuth Setup Assistant</source>
        <translation>OAuth Setup Assistant</translation>
    </message>
    <message>
        <source>OAuth Setup Assistant is keeping your sign-ins fresh.</source>
        <translation>OAuth Setup Assistant hält Ihre Anmeldungen aktuell.</translation>
    </message>
    <message>
        <source>It renews them in the background before they run out, and tells you here when someone needs to sign in again. Keep this window open (you may minimize it): closing it stops the renewals.</source>
        <translation>Die App erneuert sie im Hintergrund, bevor sie ablaufen, und meldet Ihnen hier, wenn sich jemand erneut anmelden muss. Lassen Sie dieses Fenster geöffnet (Sie dürfen es minimieren): Wenn Sie es schließen, endet die Erneuerung.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Messages&lt;/b&gt;</source>
        <translation>&lt;b&gt;Meldungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No messages: every sign-in is fine.</source>
        <translation>Keine Meldungen: Alle Anmeldungen sind in Ordnung.</translation>
    </message>
    <message>
        <source>No messages</source>
        <translation>Keine Meldungen</translation>
    </message>
    <message>
        <source>Open status window</source>
        <translation>Statusfenster öffnen</translation>
    </message>
    <message>
        <source>Open the status window</source>
        <translation>Das Statusfenster öffnen</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Check all sign-ins now</source>
        <translation>Alle Anmeldungen jetzt prüfen</translation>
    </message>
</context>
<context>
    <name>NotificationRow</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Sign in again: {name}</source>
        <translation>Erneut anmelden: {name}</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>GoTo (GoTo Connect, GoTo Resolve, GoToMeeting …)</source>
        <translation>GoTo (GoTo Connect, GoTo Resolve, GoToMeeting …)</translation>
    </message>
    <message>
        <source>GoTo&apos;s sign-in service. GoTo has no discovery document, so its addresses are built in.</source>
        <translation>Der Anmeldedienst von GoTo. GoTo hat kein Discovery-Dokument, daher sind seine Adressen fest eingebaut.</translation>
    </message>
    <message>
        <source>GoTo Developer Center → OAuth Clients → your client → Redirect URIs</source>
        <translation>GoTo Developer Center → OAuth Clients → Ihr Client → Redirect URIs</translation>
    </message>
    <message>
        <source>Another provider (by its issuer address)</source>
        <translation>Ein anderer Anbieter (über seine Aussteller-Adresse)</translation>
    </message>
    <message>
        <source>Okta, Microsoft Entra ID, Keycloak, Salesforce and most others publish their settings at an issuer address.</source>
        <translation>Okta, Microsoft Entra ID, Keycloak, Salesforce und die meisten anderen veröffentlichen ihre Einstellungen unter einer Aussteller-Adresse.</translation>
    </message>
    <message>
        <source>your provider&apos;s admin or developer portal, in the client&apos;s list of redirect (callback) addresses</source>
        <translation>dem Admin- oder Entwicklerportal Ihres Anbieters, in der Liste der Weiterleitungsadressen (Callback-Adressen) des Clients</translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <source>Provider unreachable</source>
        <translation>Anbieter nicht erreichbar</translation>
    </message>
    <message>
        <source>The last renewal could not reach the provider. The sign-in itself is probably still fine: the app tries again by itself.</source>
        <translation>Bei der letzten Erneuerung war der Anbieter nicht erreichbar. Die Anmeldung selbst ist wahrscheinlich in Ordnung: Die App versucht es von selbst erneut.</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} Tag</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tagen</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} Sek.</translation>
    </message>
    <message>
        <source>{n} second</source>
        <translation>{n} Sekunde</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} Sekunden</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>Last renewal: none since signing in.</source>
        <translation>Letzte Erneuerung: keine seit der Anmeldung.</translation>
    </message>
    <message>
        <source>Last renewal: {when} — worked</source>
        <translation>Letzte Erneuerung: {when} – erfolgreich</translation>
    </message>
    <message>
        <source>Last renewal: {when} — failed: no reason given</source>
        <translation>Letzte Erneuerung: {when} – fehlgeschlagen, ohne Angabe von Gründen</translation>
    </message>
    <message>
        <source>Last renewal: {when} — failed: {reason}</source>
        <translation>Letzte Erneuerung: {when} – fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>noch nicht geschrieben</translation>
    </message>
    <message>
        <source>✔ written</source>
        <translation>✔ geschrieben</translation>
    </message>
    <message>
        <source>✔ written {when}</source>
        <translation>✔ geschrieben {when}</translation>
    </message>
    <message>
        <source>✘ failed: {message}</source>
        <translation>✘ fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <source>Sign in again: {name} — OAuth Setup Assistant</source>
        <translation>Erneut anmelden: {name} — OAuth Setup Assistant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>Name der Anmeldung</translation>
    </message>
    <message>
        <source>Reading the sign-in…</source>
        <translation>Anmeldung wird gelesen…</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Access token expiry</source>
        <translation>Ablauf des Zugriffstokens</translation>
    </message>
    <message>
        <source>Refresh token expiry</source>
        <translation>Ablauf des Aktualisierungstokens</translation>
    </message>
    <message>
        <source>Last renewal</source>
        <translation>Letzte Erneuerung</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Where the token is sent</source>
        <translation>Wohin das Token gesendet wird</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt erneuern</translation>
    </message>
    <message>
        <source>Renew the access token now, to check that the sign-in still works.</source>
        <translation>Das Zugriffstoken jetzt erneuern, um zu prüfen, ob die Anmeldung noch funktioniert.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Open the provider&apos;s sign-in page to renew this sign-in.</source>
        <translation>Die Anmeldeseite des Anbieters öffnen, um diese Anmeldung zu erneuern.</translation>
    </message>
    <message>
        <source>Copy access token</source>
        <translation>Zugriffstoken kopieren</translation>
    </message>
    <message>
        <source>Put a valid access token on the clipboard, for pasting into a program by hand. The clipboard is cleared after {duration}.</source>
        <translation>Ein gültiges Zugriffstoken in die Zwischenablage legen, um es von Hand in ein Programm einzufügen. Die Zwischenablage wird nach {duration} geleert.</translation>
    </message>
    <message>
        <source>Add export target…</source>
        <translation>Ziel hinzufügen…</translation>
    </message>
    <message>
        <source>Have the app write the token into an integration&apos;s settings.</source>
        <translation>Die App das Token in die Einstellungen einer Integration schreiben lassen.</translation>
    </message>
    <message>
        <source>Remove sign-in</source>
        <translation>Anmeldung entfernen</translation>
    </message>
    <message>
        <source>Cancel the tokens at the provider and delete this sign-in here.</source>
        <translation>Die Tokens beim Anbieter widerrufen und diese Anmeldung hier löschen.</translation>
    </message>
    <message>
        <source>Refresh now: {name}</source>
        <translation>Jetzt erneuern: {name}</translation>
    </message>
    <message>
        <source>Sign in again: {name}</source>
        <translation>Erneut anmelden: {name}</translation>
    </message>
    <message>
        <source>Copy access token: {name}</source>
        <translation>Zugriffstoken kopieren: {name}</translation>
    </message>
    <message>
        <source>Add export target: {name}</source>
        <translation>Ziel hinzufügen: {name}</translation>
    </message>
    <message>
        <source>Remove sign-in: {name}</source>
        <translation>Anmeldung entfernen: {name}</translation>
    </message>
    <message>
        <source>The state of this sign-in could not be read.</source>
        <translation>Der Zustand dieser Anmeldung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Signed in as {who}</source>
        <translation>Angemeldet als {who}</translation>
    </message>
    <message>
        <source>The provider did not say who signed in.</source>
        <translation>Der Anbieter hat nicht mitgeteilt, wer sich angemeldet hat.</translation>
    </message>
    <message>
        <source>Permissions (scopes): {scopes}</source>
        <translation>Berechtigungen (Scopes): {scopes}</translation>
    </message>
    <message>
        <source>Permissions: none asked for.</source>
        <translation>Berechtigungen: keine angefordert.</translation>
    </message>
    <message>
        <source>What the integration may do with this sign-in, as the provider names it.</source>
        <translation>Was die Integration mit dieser Anmeldung tun darf, so wie der Anbieter es benennt.</translation>
    </message>
    <message>
        <source>No access token is stored.</source>
        <translation>Es ist kein Zugriffstoken gespeichert.</translation>
    </message>
    <message>
        <source>Access token: the provider did not say when it expires.</source>
        <translation>Zugriffstoken: Der Anbieter hat nicht mitgeteilt, wann es abläuft.</translation>
    </message>
    <message>
        <source>Access token expires in {duration}</source>
        <translation>Zugriffstoken läuft in {duration} ab</translation>
    </message>
    <message>
        <source>Access token expired {duration} ago — a new one is fetched automatically when needed</source>
        <translation>Zugriffstoken vor {duration} abgelaufen – bei Bedarf wird automatisch ein neues geholt</translation>
    </message>
    <message>
        <source>Access token expired {duration} ago</source>
        <translation>Zugriffstoken vor {duration} abgelaufen</translation>
    </message>
    <message>
        <source>No refresh token: someone must sign in again when the access token expires.</source>
        <translation>Kein Aktualisierungstoken: Wenn das Zugriffstoken abläuft, muss sich jemand erneut anmelden.</translation>
    </message>
    <message>
        <source>No refresh token is stored.</source>
        <translation>Es ist kein Aktualisierungstoken gespeichert.</translation>
    </message>
    <message>
        <source>Refresh token expires: not told by the provider</source>
        <translation>Ablauf des Aktualisierungstokens: vom Anbieter nicht mitgeteilt</translation>
    </message>
    <message>
        <source>Refresh token expired {when}</source>
        <translation>Aktualisierungstoken ist {when} abgelaufen</translation>
    </message>
    <message>
        <source>Refresh token expires {when} (estimated)</source>
        <translation>Aktualisierungstoken läuft {when} ab (geschätzt)</translation>
    </message>
    <message>
        <source>Refresh token expires {when}</source>
        <translation>Aktualisierungstoken läuft {when} ab</translation>
    </message>
    <message>
        <source>The provider gave no refresh token, so the app cannot renew this sign-in by itself.</source>
        <translation>Der Anbieter hat kein Aktualisierungstoken ausgegeben, daher kann die App diese Anmeldung nicht selbst erneuern.</translation>
    </message>
    <message>
        <source>The provider said when this refresh token runs out: {until}.</source>
        <translation>Der Anbieter hat mitgeteilt, wann dieses Aktualisierungstoken abläuft: {until}.</translation>
    </message>
    <message>
        <source>Estimated: the provider does not say when its refresh tokens run out, but they usually last {lifetime}. This one was issued {issued}, so it should last until {until}. Only a successful renewal proves it still works.</source>
        <translation>Geschätzt: Der Anbieter sagt nicht, wann seine Aktualisierungstokens ablaufen, aber sie laufen in der Regel nach {lifetime} ab. Dieses wurde {issued} ausgestellt und sollte daher bis {until} gültig sein. Nur eine erfolgreiche Erneuerung beweist, dass es noch funktioniert.</translation>
    </message>
    <message>
        <source>The provider does not say how long its refresh tokens last, and there is no usual lifetime to estimate from. Only a successful renewal proves the sign-in still works (the app renews it at least once a day).</source>
        <translation>Der Anbieter sagt nicht, wie lange seine Aktualisierungstokens gültig sind, und es gibt keine übliche Gültigkeitsdauer, nach der sich das schätzen ließe. Nur eine erfolgreiche Erneuerung beweist, dass die Anmeldung noch funktioniert (die App erneuert sie mindestens einmal am Tag).</translation>
    </message>
    <message>
        <source>The token is not written anywhere else. Integrations can get it with &apos;oauth-setup token {name}&apos;, or use Add export target…</source>
        <translation>Das Token wird nirgendwo sonst hingeschrieben. Integrationen erhalten es mit &apos;oauth-setup token {name}&apos;, oder Sie verwenden „Ziel hinzufügen…“.</translation>
    </message>
    <message>
        <source>On every change, the app writes the token to:</source>
        <translation>Bei jeder Änderung schreibt die App das Token hierhin:</translation>
    </message>
    <message>
        <source>Renewing…</source>
        <translation>Wird erneuert…</translation>
    </message>
    <message>
        <source>Getting a valid access token…</source>
        <translation>Gültiges Zugriffstoken wird geholt…</translation>
    </message>
    <message>
        <source>Writing the token to the new target…</source>
        <translation>Token wird in das neue Ziel geschrieben…</translation>
    </message>
    <message>
        <source>Stop writing the token of &apos;{name}&apos; to {target}?</source>
        <translation>Das Token von &apos;{name}&apos; nicht mehr in dieses Ziel schreiben: {target}?</translation>
    </message>
    <message>
        <source>What is already there stays as it is, but it will not be updated any more: the integration that reads it stops working once that token runs out.</source>
        <translation>Was dort bereits steht, bleibt erhalten, wird aber nicht mehr aktualisiert: Die Integration, die es liest, funktioniert nicht mehr, sobald dieses Token abläuft.</translation>
    </message>
    <message>
        <source>Stop sending the token</source>
        <translation>Token nicht mehr senden</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Nicht mehr senden</translation>
    </message>
    <message>
        <source>The token is no longer written to {target}.</source>
        <translation>Das Token wird nicht mehr in dieses Ziel geschrieben: {target}.</translation>
    </message>
    <message>
        <source>The app asks {provider} to cancel its tokens, then deletes them and this sign-in&apos;s settings from this computer. Integrations that use it stop working until someone adds the sign-in again.</source>
        <translation>Die App bittet {provider}, die Tokens zu widerrufen, und löscht sie dann zusammen mit den Einstellungen dieser Anmeldung von diesem Computer. Integrationen, die sie verwenden, funktionieren erst wieder, wenn jemand die Anmeldung erneut hinzufügt.</translation>
    </message>
    <message>
        <source>The app asks the provider to cancel its tokens, then deletes them and this sign-in&apos;s settings from this computer. Integrations that use it stop working until someone adds the sign-in again.</source>
        <translation>Die App bittet den Anbieter, die Tokens zu widerrufen, und löscht sie dann zusammen mit den Einstellungen dieser Anmeldung von diesem Computer. Integrationen, die sie verwenden, funktionieren erst wieder, wenn jemand die Anmeldung erneut hinzufügt.</translation>
    </message>
    <message>
        <source>Remove the sign-in &apos;{name}&apos;?</source>
        <translation>Die Anmeldung &apos;{name}&apos; entfernen?</translation>
    </message>
    <message>
        <source>Nothing was deleted: the sign-in still works. Check this computer&apos;s internet connection and try again later.</source>
        <translation>Es wurde nichts gelöscht: Die Anmeldung funktioniert weiterhin. Prüfen Sie die Internetverbindung dieses Computers und versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Cancelling the tokens at the provider…</source>
        <translation>Tokens werden beim Anbieter widerrufen…</translation>
    </message>
    <message>
        <source>✔ Renewed just now.</source>
        <translation>✔ Gerade eben erneuert.</translation>
    </message>
    <message>
        <source>The new access token lasts until {until}.</source>
        <translation>Das neue Zugriffstoken ist gültig bis {until}.</translation>
    </message>
    <message>
        <source>Copied — the clipboard is cleared in {duration}</source>
        <translation>Kopiert – die Zwischenablage wird in {duration} geleert</translation>
    </message>
    <message>
        <source>The renewal did not work.</source>
        <translation>Die Erneuerung hat nicht funktioniert.</translation>
    </message>
    <message>
        <source>No access token could be copied.</source>
        <translation>Es konnte kein Zugriffstoken kopiert werden.</translation>
    </message>
    <message>
        <source>The token could not be written to the new target.</source>
        <translation>Das Token konnte nicht in das neue Ziel geschrieben werden.</translation>
    </message>
    <message>
        <source>The sign-in was not removed.</source>
        <translation>Die Anmeldung wurde nicht entfernt.</translation>
    </message>
    <message>
        <source>The target is saved. The token is written there as soon as this sign-in has one (after signing in).</source>
        <translation>Das Ziel ist gespeichert. Das Token wird dorthin geschrieben, sobald diese Anmeldung eines hat (nach der Anmeldung).</translation>
    </message>
    <message>
        <source>✔ The token was written to {target}.</source>
        <translation>✔ {target}: Das Token wurde geschrieben.</translation>
    </message>
    <message>
        <source>✘ Writing to {target} failed: {message}</source>
        <translation>✘ {target}: Schreiben fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <source>The app tries again on every check. Fix the problem, or remove the target.</source>
        <translation>Die App versucht es bei jeder Prüfung erneut. Beheben Sie das Problem, oder entfernen Sie das Ziel.</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>There is no provider preset called &apos;{preset}&apos;.</source>
        <translation>Es gibt keine Anbieter-Vorlage namens &apos;{preset}&apos;.</translation>
    </message>
    <message>
        <source>Known presets: {presets}.</source>
        <translation>Bekannte Vorlagen: {presets}.</translation>
    </message>
    <message>
        <source>There is no sign-in called &apos;{name}&apos;.</source>
        <translation>Es gibt keine Anmeldung namens &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>{path}: &apos;profile&apos; must be a table of sign-ins.</source>
        <translation>{path}: &apos;profile&apos; muss eine Tabelle von Anmeldungen sein.</translation>
    </message>
    <message>
        <source>{path}: the sign-in &apos;{name}&apos; is not a table.</source>
        <translation>{path}: Die Anmeldung &apos;{name}&apos; ist keine Tabelle.</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>&apos;{name}&apos; cannot be used as a name.</source>
        <translation>&apos;{name}&apos; kann nicht als Name verwendet werden.</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Verwenden Sie 1 bis 64 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche; das erste Zeichen muss ein Buchstabe oder eine Ziffer sein.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {error}.</source>
        <translation>Die Datei {path} kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened ({error}).</source>
        <translation>Die Datei {path} kann nicht geöffnet werden ({error}).</translation>
    </message>
    <message>
        <source>Fix or remove that file.</source>
        <translation>Korrigieren oder entfernen Sie diese Datei.</translation>
    </message>
    <message>
        <source>{path}: the sign-in &apos;{name}&apos; has unknown settings: {settings}.</source>
        <translation>{path}: Die Anmeldung &apos;{name}&apos; hat unbekannte Einstellungen: {settings}.</translation>
    </message>
    <message>
        <source>{path}: &apos;exports&apos; of the sign-in &apos;{name}&apos; must be a list of texts.</source>
        <translation>{path}: &apos;exports&apos; der Anmeldung &apos;{name}&apos; muss eine Liste von Texten sein.</translation>
    </message>
    <message>
        <source>{path}: the setting &apos;{key}&apos; of the sign-in &apos;{name}&apos; must be {kind}.</source>
        <translation>{path}: Die Einstellung &apos;{key}&apos; der Anmeldung &apos;{name}&apos; muss {kind} sein.</translation>
    </message>
    <message>
        <source>Fix that file, or remove the sign-in and add it again.</source>
        <translation>Korrigieren Sie diese Datei, oder entfernen Sie die Anmeldung und fügen Sie sie erneut hinzu.</translation>
    </message>
    <message>
        <source>{path}: expected one or more [[preset]] tables.</source>
        <translation>{path}: Es wurden eine oder mehrere [[preset]]-Tabellen erwartet.</translation>
    </message>
    <message>
        <source>{path}: every [[preset]] must be a table.</source>
        <translation>{path}: Jedes [[preset]] muss eine Tabelle sein.</translation>
    </message>
    <message>
        <source>{file}: a preset file must not hold a client secret.</source>
        <translation>{file}: Eine Vorlagendatei darf kein Client-Geheimnis enthalten.</translation>
    </message>
    <message>
        <source>Remove it: use a public client with PKCE, or let the admin type the secret in the app.</source>
        <translation>Entfernen Sie es: Verwenden Sie einen öffentlichen Client mit PKCE, oder lassen Sie den Administrator das Geheimnis in der App eingeben.</translation>
    </message>
    <message>
        <source>{path}: every preset needs an &apos;id&apos; and a &apos;title&apos;.</source>
        <translation>{path}: Jede Vorlage braucht eine &apos;id&apos; und einen &apos;title&apos;.</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>{file}: unknown preset settings: {settings}.</source>
        <translation>{file}: unbekannte Einstellungen in der Vorlage: {settings}.</translation>
    </message>
    <message>
        <source>{file}: &apos;{key}&apos; must be {kind}.</source>
        <translation>{file}: &apos;{key}&apos; muss {kind} sein.</translation>
    </message>
    <message>
        <source>{path}, line {line}</source>
        <translation>{path}, Zeile {line}</translation>
    </message>
    <message>
        <source>{path}: &apos;{key}&apos; must be a list of words.</source>
        <translation>{path}: &apos;{key}&apos; muss eine Liste von Wörtern sein.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Support report</source>
        <translation>Support-Bericht</translation>
    </message>
    <message>
        <source>Send this report to your help desk when something does not work. It lists versions, your sign-ins&apos; settings and states and the readiness check, but never a token, password or secret.</source>
        <translation>Senden Sie diesen Bericht an Ihren Support, wenn etwas nicht funktioniert. Er enthält Versionen, die Einstellungen und den Zustand Ihrer Anmeldungen und die Bereitschaftsprüfung, aber nie ein Token, Passwort oder Geheimnis.</translation>
    </message>
    <message>
        <source>Preparing the report (the readiness check asks each provider)…</source>
        <translation>Der Bericht wird erstellt (die Bereitschaftsprüfung fragt jeden Anbieter)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save the report to a file</source>
        <translation>Bericht in einer Datei speichern</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Save the support report</source>
        <translation>Support-Bericht speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to {file} ({reason}).</source>
        <translation>Der Bericht konnte nicht in {file} gespeichert werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>Revoke</name>
    <message>
        <source>&apos;{name}&apos; was not signed in.</source>
        <translation>&apos;{name}&apos; war nicht angemeldet.</translation>
    </message>
    <message>
        <source>Signed out of &apos;{name}&apos;: the provider revoked its tokens and they were deleted here.</source>
        <translation>Von &apos;{name}&apos; abgemeldet: Der Anbieter hat die Tokens widerrufen, und sie wurden hier gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the tokens of &apos;{name}&apos; here. The provider offers no way to revoke them: remove this app&apos;s access in your account settings at the provider.</source>
        <translation>Die Tokens von &apos;{name}&apos; wurden hier gelöscht. Der Anbieter bietet keine Möglichkeit, sie zu widerrufen: Entfernen Sie den Zugriff dieser App in Ihren Kontoeinstellungen beim Anbieter.</translation>
    </message>
    <message>
        <source>The tokens were kept. Try again later, or add --force to delete them here anyway.</source>
        <translation>Die Tokens wurden behalten. Versuchen Sie es später erneut oder fügen Sie --force hinzu, um sie trotzdem hier zu löschen.</translation>
    </message>
    <message>
        <source>Deleted the tokens of &apos;{name}&apos; here, but the provider could not be told ({error}) Remove this app&apos;s access in your account settings at the provider.</source>
        <translation>Die Tokens von &apos;{name}&apos; wurden hier gelöscht, aber der Anbieter konnte nicht benachrichtigt werden ({error}). Entfernen Sie den Zugriff dieser App in Ihren Kontoeinstellungen beim Anbieter.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>This computer has no system keyring this app can use.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund des Systems, den diese App verwenden kann.</translation>
    </message>
    <message>
        <source>The only keyring available keeps secrets in a plain file, so this app will not use it.</source>
        <translation>Der einzige verfügbare Schlüsselbund speichert Geheimnisse in einer einfachen Datei, daher verwendet diese App ihn nicht.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>Please send this whole output to your IT support contact.</source>
        <translation>Bitte senden Sie diese gesamte Ausgabe an Ihren IT-Support.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Program parts</source>
        <translation>Programmteile</translation>
    </message>
    <message>
        <source>Setup window</source>
        <translation>Einrichtungsfenster</translation>
    </message>
    <message>
        <source>Browser window inside the app</source>
        <translation>Browserfenster in der App</translation>
    </message>
    <message>
        <source>Password storage (keyring)</source>
        <translation>Passwortspeicher (Schlüsselbund)</translation>
    </message>
    <message>
        <source>App files</source>
        <translation>App-Dateien</translation>
    </message>
    <message>
        <source>{title}: warning: {reason}</source>
        <translation>{title}: Warnung: {reason}</translation>
    </message>
    <message>
        <source>{title}: FAILED: {reason}</source>
        <translation>{title}: FEHLGESCHLAGEN: {reason}</translation>
    </message>
    <message>
        <source>{title}: FAILED: unexpected error {error}.</source>
        <translation>{title}: FEHLGESCHLAGEN: unerwarteter Fehler {error}.</translation>
    </message>
    <message>
        <source>{title}: ok ({details})</source>
        <translation>{title}: OK ({details})</translation>
    </message>
    <message>
        <source>{title}: ok</source>
        <translation>{title}: OK</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>Version unbekannt</translation>
    </message>
    <message>
        <source>installed package</source>
        <translation>installiertes Paket</translation>
    </message>
    <message>
        <source>Python environment</source>
        <translation>Python-Umgebung</translation>
    </message>
    <message>
        <source>OAuth Setup Assistant {version}, Python {python}, {system} {machine}, {how}</source>
        <translation>OAuth Setup Assistant {version}, Python {python}, {system} {machine}, {how}</translation>
    </message>
    <message>
        <source>Qt widgets</source>
        <translation>Qt Widgets</translation>
    </message>
    <message>
        <source>Qt web engine</source>
        <translation>Qt WebEngine</translation>
    </message>
    <message>
        <source>Qt web engine widgets</source>
        <translation>Qt WebEngine Widgets</translation>
    </message>
    <message>
        <source>these parts of the program could not be loaded: {parts}. Reinstall the app; if a system library is named, install the package that provides it</source>
        <translation>diese Programmteile konnten nicht geladen werden: {parts}. Installieren Sie die App neu; wird eine Systembibliothek genannt, installieren Sie das Paket, das sie bereitstellt</translation>
    </message>
    <message>
        <source>PySide6 {pyside} with Qt {qt}; {parts}</source>
        <translation>PySide6 {pyside} mit Qt {qt}; {parts}</translation>
    </message>
    <message>
        <source>the window system could not be started</source>
        <translation>das Fenstersystem konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>the setup window did not open</source>
        <translation>das Einrichtungsfenster hat sich nicht geöffnet</translation>
    </message>
    <message>
        <source>opened on the &apos;{display}&apos; display</source>
        <translation>geöffnet auf der Anzeige &apos;{display}&apos;</translation>
    </message>
    <message>
        <source>not tested, because the setup window could not be opened</source>
        <translation>nicht getestet, da das Einrichtungsfenster nicht geöffnet werden konnte</translation>
    </message>
    <message>
        <source>not available here. {reason}</source>
        <translation>hier nicht verfügbar. {reason}</translation>
    </message>
    <message>
        <source>Signing in with your usual web browser still works.</source>
        <translation>Die Anmeldung mit Ihrem gewohnten Webbrowser funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>the browser component did not load a blank page within {seconds} second. Sign in with your usual web browser instead, and report this to support</source>
        <translation>die Browserkomponente hat innerhalb von {seconds} Sekunde keine leere Seite geladen. Melden Sie sich stattdessen mit Ihrem gewohnten Webbrowser an und melden Sie dies dem Support</translation>
    </message>
    <message>
        <source>the browser component did not load a blank page within {seconds} seconds. Sign in with your usual web browser instead, and report this to support</source>
        <translation>die Browserkomponente hat innerhalb von {seconds} Sekunden keine leere Seite geladen. Melden Sie sich stattdessen mit Ihrem gewohnten Webbrowser an und melden Sie dies dem Support</translation>
    </message>
    <message>
        <source>the browser component started but could not show a blank page. Sign in with your usual web browser instead, and report this to support</source>
        <translation>die Browserkomponente wurde gestartet, konnte aber keine leere Seite anzeigen. Melden Sie sich stattdessen mit Ihrem gewohnten Webbrowser an und melden Sie dies dem Support</translation>
    </message>
    <message>
        <source>its helper program started and showed a blank page in {seconds} s</source>
        <translation>ihr Hilfsprogramm wurde gestartet und hat in {seconds} s eine leere Seite angezeigt</translation>
    </message>
    <message>
        <source>secrets would be kept in {place}</source>
        <translation>Geheimnisse würden hier gespeichert: {place}</translation>
    </message>
    <message>
        <source>these files of the app are missing: {files}. Reinstall the app</source>
        <translation>diese Dateien der App fehlen: {files}. Installieren Sie die App neu</translation>
    </message>
    <message>
        <source>the list of providers {path} cannot be read {error}. Reinstall the app</source>
        <translation>die Anbieterliste {path} kann nicht gelesen werden {error}. Installieren Sie die App neu</translation>
    </message>
    <message>
        <source>{n} built-in provider and the icon, in {folder}</source>
        <translation>{n} eingebauter Anbieter und das Symbol, in {folder}</translation>
    </message>
    <message>
        <source>{n} built-in providers and the icon, in {folder}</source>
        <translation>{n} eingebaute Anbieter und das Symbol, in {folder}</translation>
    </message>
    <message>
        <source>OAuth Setup Assistant self-test</source>
        <translation>Selbsttest von OAuth Setup Assistant</translation>
    </message>
    <message>
        <source>Messages from Qt:</source>
        <translation>Meldungen von Qt:</translation>
    </message>
    <message>
        <source>Result: {failed} of {total} checks FAILED.</source>
        <translation>Ergebnis: {failed} von {total} Prüfungen FEHLGESCHLAGEN.</translation>
    </message>
    <message>
        <source>Result: all {total} checks passed.</source>
        <translation>Ergebnis: Alle {total} Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Qt could not be loaded (see &apos;{title}&apos; above). Reinstall the app</source>
        <translation>Qt konnte nicht geladen werden (siehe „{title}“ oben). Installieren Sie die App neu</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>OAuth Setup Assistant</source>
        <translation>OAuth Setup Assistant</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Ab&amp;schließen</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Sign-in progress</source>
        <translation>Fortschritt der Anmeldung</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Code and address for the other device</source>
        <translation>Code und Adresse für das andere Gerät</translation>
    </message>
    <message>
        <source>QR code of the address with the code in it</source>
        <translation>QR-Code der Adresse mit dem Code darin</translation>
    </message>
    <message>
        <source>Scan it with a phone: the address opens with the code already filled in.</source>
        <translation>Scannen Sie ihn mit einem Smartphone: Die Adresse öffnet sich mit bereits eingetragenem Code.</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Erneut öffnen</translation>
    </message>
    <message>
        <source>Open the sign-in page again</source>
        <translation>Anmeldeseite erneut öffnen</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-in link</source>
        <translation>Anmeldelink kopieren</translation>
    </message>
    <message>
        <source>Paste this link into a browser on this computer if none opened.</source>
        <translation>Fügen Sie diesen Link in einen Browser auf diesem Computer ein, falls sich keiner geöffnet hat.</translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation>Anmeldung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Try the sign-in again</source>
        <translation>Anmeldung erneut versuchen</translation>
    </message>
    <message>
        <source>Change the client &amp;settings</source>
        <translation>Client-&amp;Einstellungen ändern</translation>
    </message>
    <message>
        <source>Go back and change the client settings</source>
        <translation>Zurückgehen und die Client-Einstellungen ändern</translation>
    </message>
    <message>
        <source>Sign in to &apos;{name}&apos; in your web browser, then come back here.</source>
        <translation>Melden Sie sich in Ihrem Webbrowser bei &apos;{name}&apos; an und kehren Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>Sign in to &apos;{name}&apos; in the sign-in window.</source>
        <translation>Melden Sie sich im Anmeldefenster bei &apos;{name}&apos; an.</translation>
    </message>
    <message>
        <source>Sign in to &apos;{name}&apos; on another device; this page waits for you.</source>
        <translation>Melden Sie sich auf einem anderen Gerät bei &apos;{name}&apos; an; diese Seite wartet auf Sie.</translation>
    </message>
    <message>
        <source>The time for signing in ({duration}) ran out.</source>
        <translation>Die Zeit für die Anmeldung ({duration}) ist abgelaufen.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in did not work.</source>
        <translation>Die Anmeldung hat nicht funktioniert.</translation>
    </message>
    <message>
        <source>On your phone or any other computer, open the address below and enter the code. This page moves on by itself when you are done.</source>
        <translation>Öffnen Sie auf Ihrem Smartphone oder einem anderen Computer die unten stehende Adresse und geben Sie den Code ein. Diese Seite geht automatisch weiter, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>Waiting for you…</source>
        <translation>Warte auf Sie…</translation>
    </message>
    <message>
        <source>Address: &lt;b&gt;{address}&lt;/b&gt;</source>
        <translation>Adresse: &lt;b&gt;{address}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Code: &lt;span style=&apos;font-size:20pt; font-weight:bold&apos;&gt;{code}&lt;/span&gt;</source>
        <translation>Code: &lt;span style=&apos;font-size:20pt; font-weight:bold&apos;&gt;{code}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&amp;Open here</source>
        <translation>&amp;Hier öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;No web browser could be opened.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Es konnte kein Webbrowser geöffnet werden.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Click &lt;i&gt;Copy link&lt;/i&gt; and paste the link into a browser on this computer.</source>
        <translation>Klicken Sie auf &lt;i&gt;Link kopieren&lt;/i&gt; und fügen Sie den Link in einen Browser auf diesem Computer ein.</translation>
    </message>
    <message>
        <source>The sign-in window was closed. Click Open again to reopen it.</source>
        <translation>Das Anmeldefenster wurde geschlossen. Klicken Sie auf „Erneut öffnen“, um es wieder zu öffnen.</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>Link kopiert</translation>
    </message>
    <message>
        <source>Time left: {minutes}:{seconds}</source>
        <translation>Verbleibende Zeit: {minutes}:{seconds}</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>The provider&apos;s sign-in page has opened in your web browser. Sign in there and allow access; this page moves on by itself when you are done.</source>
        <translation>Die Anmeldeseite des Anbieters wurde in Ihrem Webbrowser geöffnet. Melden Sie sich dort an und erlauben Sie den Zugriff; diese Seite geht automatisch weiter, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>Sign in in the window that opened and allow access; this page moves on by itself when you are done.</source>
        <translation>Melden Sie sich in dem geöffneten Fenster an und erlauben Sie den Zugriff; diese Seite geht automatisch weiter, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>{n} second</source>
        <translation>{n} Sekunde</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} Sekunden</translation>
    </message>
    <message>
        <source>{n} minute</source>
        <translation>{n} Minute</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} Minuten</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Not signed in yet.</source>
        <translation>Noch nicht angemeldet.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>The access token expired and there is no refresh token.</source>
        <translation>Das Zugriffstoken ist abgelaufen, und es gibt kein Aktualisierungstoken.</translation>
    </message>
    <message>
        <source>The refresh token has expired.</source>
        <translation>Das Aktualisierungstoken ist abgelaufen.</translation>
    </message>
    <message>
        <source>The refresh token expires soon: sign in again to renew it.</source>
        <translation>Das Aktualisierungstoken läuft bald ab: Melden Sie sich erneut an, um es zu erneuern.</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>Sign-ins — OAuth Setup Assistant</source>
        <translation>Anmeldungen — OAuth Setup Assistant</translation>
    </message>
    <message>
        <source>Your sign-ins</source>
        <translation>Ihre Anmeldungen</translation>
    </message>
    <message>
        <source>Add a sign-in…</source>
        <translation>Anmeldung hinzufügen…</translation>
    </message>
    <message>
        <source>Add a sign-in</source>
        <translation>Anmeldung hinzufügen</translation>
    </message>
    <message>
        <source>Set up a new sign-in with the setup assistant.</source>
        <translation>Eine neue Anmeldung mit dem Einrichtungsassistenten einrichten.</translation>
    </message>
    <message>
        <source>Check all now</source>
        <translation>Alle prüfen</translation>
    </message>
    <message>
        <source>Check all sign-ins now</source>
        <translation>Alle Anmeldungen jetzt prüfen</translation>
    </message>
    <message>
        <source>Renew what is due, retry failed writes, and read every sign-in&apos;s state again.</source>
        <translation>Fälliges erneuern, fehlgeschlagene Schreibvorgänge wiederholen und den Zustand jeder Anmeldung neu einlesen.</translation>
    </message>
    <message>
        <source>Support report…</source>
        <translation>Support-Bericht…</translation>
    </message>
    <message>
        <source>Show a support report</source>
        <translation>Einen Support-Bericht anzeigen</translation>
    </message>
    <message>
        <source>A report for your help desk: versions, settings, states and the readiness check, without any token or secret.</source>
        <translation>Ein Bericht für Ihren Support: Versionen, Einstellungen, Zustände und die Bereitschaftsprüfung, ohne Token oder Geheimnisse.</translation>
    </message>
    <message>
        <source>No sign-ins yet. Click “Add a sign-in…” to set one up with the setup assistant.</source>
        <translation>Noch keine Anmeldungen. Klicken Sie auf „Anmeldung hinzufügen…“, um mit dem Einrichtungsassistenten eine einzurichten.</translation>
    </message>
    <message>
        <source>No sign-ins</source>
        <translation>Keine Anmeldungen</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>The sign-in &apos;{name}&apos; was removed.</source>
        <translation>Die Anmeldung &apos;{name}&apos; wurde entfernt.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Checked {n} sign-in just now.</source>
        <translation>{n} Anmeldung soeben geprüft.</translation>
    </message>
    <message>
        <source>Checked {n} sign-ins just now.</source>
        <translation>{n} Anmeldungen soeben geprüft.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: {text}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: {text}</translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation>Die Prüfung wurde nicht abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>TokenClient</name>
    <message>
        <source>This client needs a secret, but none is stored.</source>
        <translation>Dieser Client benötigt ein Geheimnis, aber es ist keines gespeichert.</translation>
    </message>
    <message>
        <source>Enter the client secret again (&apos;oauth-setup profile add NAME … --client-secret-stdin&apos;).</source>
        <translation>Geben Sie das Client-Geheimnis erneut ein (&apos;oauth-setup profile add NAME … --client-secret-stdin&apos;).</translation>
    </message>
    <message>
        <source>There is no refresh token for this sign-in.</source>
        <translation>Für diese Anmeldung gibt es kein Aktualisierungstoken.</translation>
    </message>
    <message>
        <source>This provider does not offer a way to revoke tokens.</source>
        <translation>Dieser Anbieter bietet keine Möglichkeit, Tokens zu widerrufen.</translation>
    </message>
    <message>
        <source>Remove the app&apos;s access in your account settings at the provider.</source>
        <translation>Entfernen Sie den Zugriff der App in Ihren Kontoeinstellungen beim Anbieter.</translation>
    </message>
    <message>
        <source>The provider answered the token request with something that is not a token response.</source>
        <translation>Der Anbieter hat auf die Token-Anfrage mit etwas geantwortet, das keine Token-Antwort ist.</translation>
    </message>
    <message>
        <source>The provider did not answer in time.</source>
        <translation>Der Anbieter hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The provider could not be reached.</source>
        <translation>Der Anbieter konnte nicht erreicht werden.</translation>
    </message>
    <message>
        <source>The provider had a problem answering (HTTP {status}).</source>
        <translation>Beim Anbieter ist beim Antworten ein Problem aufgetreten (HTTP {status}).</translation>
    </message>
    <message>
        <source>The provider no longer accepts this sign-in (it expired or was revoked).</source>
        <translation>Der Anbieter akzeptiert diese Anmeldung nicht mehr (sie ist abgelaufen oder wurde widerrufen).</translation>
    </message>
    <message>
        <source>The provider did not accept the sign-in code (it expired or was already used).</source>
        <translation>Der Anbieter hat den Anmeldecode nicht akzeptiert (er ist abgelaufen oder wurde bereits verwendet).</translation>
    </message>
    <message>
        <source>The provider did not accept the client ID or secret.</source>
        <translation>Der Anbieter hat die Client-ID oder das Geheimnis nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The provider does not allow this client to use this kind of sign-in.</source>
        <translation>Der Anbieter erlaubt diesem Client diese Art der Anmeldung nicht.</translation>
    </message>
    <message>
        <source>The provider refused the request ({error}).</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt ({error}).</translation>
    </message>
    <message>
        <source>The provider answered with an unexpected response (HTTP {status}) instead of a token response.</source>
        <translation>Der Anbieter hat unerwartet geantwortet (HTTP {status}) statt mit einer Token-Antwort.</translation>
    </message>
</context>
<context>
    <name>TokenManager</name>
    <message>
        <source>The sign-in &apos;{name}&apos; has no tokens yet.</source>
        <translation>Die Anmeldung &apos;{name}&apos; hat noch keine Tokens.</translation>
    </message>
    <message>
        <source>Another oauth-setup process has been renewing &apos;{name}&apos; for over {seconds} seconds.</source>
        <translation>Ein anderer oauth-setup-Prozess erneuert &apos;{name}&apos; schon seit über {seconds} Sekunden.</translation>
    </message>
    <message>
        <source>Wait a minute and try again; if it persists, check for a stuck &apos;oauth-setup&apos; process.</source>
        <translation>Warten Sie eine Minute und versuchen Sie es erneut. Wenn das Problem bleibt, prüfen Sie, ob ein &apos;oauth-setup&apos;-Prozess hängt.</translation>
    </message>
    <message>
        <source>The access token of &apos;{name}&apos; expired and the provider gave no refresh token.</source>
        <translation>Das Zugriffstoken von &apos;{name}&apos; ist abgelaufen, und der Anbieter hat kein Aktualisierungstoken ausgestellt.</translation>
    </message>
    <message>
        <source>The provider issued a new refresh token, but the system keyring refused to store it ({error}); the previous token is no longer valid.</source>
        <translation>Der Anbieter hat ein neues Aktualisierungstoken ausgestellt, aber der Schlüsselbund des Systems hat das Speichern verweigert ({error}); das vorherige Token ist nicht mehr gültig.</translation>
    </message>
    <message>
        <source>The renewed access token could not be stored: {error}</source>
        <translation>Das erneuerte Zugriffstoken konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Unlock or repair the keyring, then sign in again with &apos;oauth-setup login NAME&apos;.</source>
        <translation>Entsperren oder reparieren Sie den Schlüsselbund und melden Sie sich dann erneut mit &apos;oauth-setup login NAME&apos; an.</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The file {path} is damaged.</source>
        <translation>Die Datei {path} ist beschädigt.</translation>
    </message>
    <message>
        <source>Delete it and sign in again (&apos;oauth-setup login NAME&apos;).</source>
        <translation>Löschen Sie sie und melden Sie sich erneut an (&apos;oauth-setup login NAME&apos;).</translation>
    </message>
    <message>
        <source>Delete it and sign in again.</source>
        <translation>Löschen Sie sie und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The stored tokens of &apos;{name}&apos; are damaged.</source>
        <translation>Die gespeicherten Tokens von &apos;{name}&apos; sind beschädigt.</translation>
    </message>
    <message>
        <source>Sign in again (&apos;oauth-setup login NAME&apos;).</source>
        <translation>Melden Sie sich erneut an (&apos;oauth-setup login NAME&apos;).</translation>
    </message>
</context>
<context>
    <name>Tokens</name>
    <message>
        <source>The provider&apos;s answer did not contain an access token.</source>
        <translation>Die Antwort des Anbieters enthielt kein Zugriffstoken.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;p&gt;This assistant connects an integration (a script, a sync tool, a service) to your provider with a &lt;b&gt;secure sign-in&lt;/b&gt; instead of a stored user name and password.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dieser Assistent verbindet eine Integration (ein Skript, ein Synchronisierungsprogramm, einen Dienst) über eine &lt;b&gt;sichere Anmeldung&lt;/b&gt; mit Ihrem Anbieter – statt über einen gespeicherten Benutzernamen und ein Passwort.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Providers are switching off password sign-in for integrations (GoTo among the first), because a stored password can be stolen and cannot be limited. After this setup, you sign in once in a browser; the app keeps the integration signed in and hands it short-lived keys (&lt;i&gt;access tokens&lt;/i&gt;) whenever it asks.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Anbieter schalten die Passwort-Anmeldung für Integrationen ab (GoTo als einer der ersten), weil ein gespeichertes Passwort gestohlen werden kann und sich nicht einschränken lässt. Nach dieser Einrichtung melden Sie sich einmal in einem Browser an; die App hält die Integration angemeldet und gibt ihr auf Anfrage kurzlebige Schlüssel (&lt;i&gt;Zugriffstokens&lt;/i&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;You will need&lt;/b&gt; the &lt;i&gt;client ID&lt;/i&gt; and, usually, the &lt;i&gt;secret&lt;/i&gt; of the integration&apos;s client. Both come from your provider&apos;s developer portal, where the client was registered.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sie benötigen&lt;/b&gt; die &lt;i&gt;Client-ID&lt;/i&gt; und meist auch das &lt;i&gt;Geheimnis&lt;/i&gt; des Clients der Integration. Beides finden Sie im Entwicklerportal Ihres Anbieters, in dem der Client registriert wurde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Move an integration from password sign-in to a secure sign-in.</source>
        <translation>Eine Integration von der Passwort-Anmeldung auf eine sichere Anmeldung umstellen.</translation>
    </message>
    <message>
        <source>About this assistant</source>
        <translation>Über diesen Assistenten</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;help&quot;&gt;How does this work? Read the short guide&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;help&quot;&gt;Wie funktioniert das? Lesen Sie die kurze Anleitung&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Open the guide</source>
        <translation>Anleitung öffnen</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>Set up a &amp;new sign-in for an integration</source>
        <translation>Eine &amp;neue Anmeldung für eine Integration einrichten</translation>
    </message>
    <message>
        <source>Set up a new sign-in</source>
        <translation>Neue Anmeldung einrichten</translation>
    </message>
    <message>
        <source>I have an integration that signs in with a &amp;password: move it</source>
        <translation>Ich habe eine Integration, die sich mit einem &amp;Passwort anmeldet: umstellen</translation>
    </message>
    <message>
        <source>Move an integration that signs in with a password</source>
        <translation>Integration umstellen, die sich mit einem Passwort anmeldet</translation>
    </message>
    <message>
        <source>The assistant reads the integration&apos;s settings file, signs it in securely, and then offers to remove the stored password.</source>
        <translation>Der Assistent liest die Einstellungsdatei der Integration, meldet sie sicher an und bietet danach an, das gespeicherte Passwort zu entfernen.</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Something unexpected went wrong inside the app.</source>
        <translation>In der App ist ein unerwarteter Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, restart the app.</source>
        <translation>Versuchen Sie es erneut; wenn das Problem bleibt, starten Sie die App neu.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer des Programms anzeigen und beenden</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>die folgenden Argumente sind erforderlich: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (möglich sind: %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit Argument %s erlaubt</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist erforderlich</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s bedeuten</translation>
    </message>
</context>
</TS>
