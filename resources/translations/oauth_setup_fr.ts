<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Authorize</name>
    <message>
        <source>The sign-in answer does not belong to the sign-in this app started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer came from a different provider than the one this app asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider promised to say who answered the sign-in, but this answer does not say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s sign-in answer had neither a code nor an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was not granted at the provider&apos;s sign-in page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not let this client sign in this way ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider could not finish the sign-in right now ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the sign-in request ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>OAuth Setup Assistant monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps integrations signed in and tells you when someone must sign in again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--lang needs a language, e.g. --lang de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the secrets of &apos;{name}&apos; are kept in a plain file, not in the system keyring, as the administrator chose. Anyone who can read your files can use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-secret-stdin needs standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret (not shown as you type): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client secret read from standard input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preset &apos;{preset}&apos; needs --issuer URL instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --issuer URL, --preset NAME, or both --authorize-url and --token-url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this client needs its secret: pass --client-secret-stdin (or --auth-method none for a public client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the sign-in &apos;{name}&apos;. Next: oauth-setup login {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-ins yet. Add one with &apos;oauth-setup profile add NAME …&apos; or run &apos;oauth-setup&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no web browser could be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a web browser on this computer to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A browser window was opened: sign in there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting up to {seconds} seconds for the sign-in to finish (Ctrl+C to stop)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On any device, open {address} and enter the code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(or open {address}, which has the code in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting up to {n} minute for you to finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting up to {n} minutes for you to finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed &apos;{name}&apos;: the access token is valid until {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in &apos;{name}&apos; was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; will send its access token to {target} on every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; will send its refresh token to {target} on every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written now with the current token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing it now failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; sends its token nowhere yet. Add a target with &apos;oauth-setup export add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no target &apos;{target}&apos; (see &apos;oauth-setup export list {name}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed. &apos;{name}&apos; no longer writes to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to retry: every target has the current token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitor will start when you log in to the desktop ({file}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitor will no longer start at log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not set to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: {fix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client ID was found in the file: give --client-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which provider this is: --preset goto, or --issuer URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the sign-in &apos;{name}&apos;; the refresh token will be written to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was left in {file}: run again with --yes, or remove it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stored password from {file} now (a backup is kept)? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y|yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was left in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the password from {file}. The old file is kept, readable only by you, as {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliFormat</name>
    <message>
        <source>not told by the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in &apos;{name}&apos; as {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token valid until: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token valid until: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refresh token was issued: you will need to sign in again when the access token expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens are kept in {store}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations get a fresh access token with: oauth-setup token {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-ins yet. Add one with &apos;oauth-setup profile add NAME …&apos; or run &apos;oauth-setup&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token expires: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(estimated from the provider&apos;s usual lifetime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token expires: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last renewal: {when} — {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes: {scopes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the access token to {target}: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the refresh token to {target}: {result}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message>
        <source>See &apos;{command} --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign integrations in with OAuth (authorization code + PKCE) and keep tokens fresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show texts in this language: en, de or fr (default: the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that this installation works (for support staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list, show or remove sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add or change a sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s issuer address (settings are discovered from it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a provider preset, e.g. &apos;goto&apos; (see &apos;profile presets&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s sign-in (authorization) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s token address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s token revocation address (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the client secret from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how the client proves itself at the token address (default: the preset&apos;s, else client_secret_basic with a secret and none without)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scopes, space-separated; may be repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed redirect port (0 = any free port, the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect path (default /callback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where secrets are kept: the system keyring (default) or, only if you must, a private file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list provider presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show one sign-in&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign out and forget a sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete locally even if the provider cannot be told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in (opens a browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds to wait for the browser (default 300)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in on another device with a code (for computers without a browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show token expiry and state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a valid access token (and nothing else)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renew the access token now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke the tokens at the provider and delete them here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the current token to an integration on every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET is one of: json:PATH#/json/pointer  ini:PATH#section.key  env:PATH#VARIABLE  keyring:SERVICE/USERNAME  command:PROGRAM ARGS… (the token goes to the program&apos;s standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list targets and how their last write went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the current token to the targets that failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep sign-ins fresh in the background (tray icon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check every sign-in once, print, and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the monitor at desktop log-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop starting it at log-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move an integration from a stored password to this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its JSON, INI or .env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name for the new sign-in (default: from the file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider preset, e.g. goto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s issuer address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the file has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scopes when using --issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in on another device with a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the password after signing in, without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account is not a person: explain the options instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that everything is ready for a sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s product, if it has several (e.g. &apos;GoTo Assist Corporate&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a support report without any secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Choose the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the app which provider the integration uses and how its client is registered there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base address of the provider&apos;s sign-in service, from its documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the issuer address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public name of the integration&apos;s client, shown in the provider&apos;s developer portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID from the provider&apos;s developer portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s own password at the provider. It is stored in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client has &amp;no secret (a public client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public client without a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret, or tick the box if the client has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the integration may do (scopes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other scopes, separated by spaces (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes name what the integration may do; ask only for what it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect address to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the redirect address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed redirect port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the provider insists on an exact port in the redirect address. 0 = any free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations use this name: oauth-setup token NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirect address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed p&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The providers below can still be used; ask your IT department to fix the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (set up by your IT department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sign-in server (on this computer, for trying the app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product} — not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another provider, typing its addresses by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{product} cannot use the secure sign-in:&lt;/b&gt; it only allows password sign-in. Keep its integration as it is until the provider offers another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real sign-in server running on this computer. Any user name and password work. Its client ID is &lt;b&gt;{client_id}&lt;/b&gt; and its secret &lt;b&gt;{secret}&lt;/b&gt; (filled in for you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For providers without an issuer address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A permission named by the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the issuer address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the provider&apos;s settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Found the provider. You will sign in at &lt;b&gt;{host}&lt;/b&gt;. It supports the secure sign-in this app uses, and it can cancel tokens when you sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Found the provider. You will sign in at &lt;b&gt;{host}&lt;/b&gt;. It supports the secure sign-in this app uses, and it cannot cancel tokens when you sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address and this computer&apos;s network connection, then click Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register this exact address for the client in {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register this exact address for the client in the provider&apos;s developer portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app picks a free port each time it signs in; providers that follow the standard for desktop apps (RFC 8252) accept any port for this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider requires this exact port; the app will listen on it while you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-in with this name already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from {file}. Check the provider and the client ID; the refresh token will be written into that file, where the password is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets the app see who signed in (their name), to show it to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets the app keep the integration signed in (a refresh token). Usually needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed-in person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed-in person&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientProfile</name>
    <message>
        <source>The client ID is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the client ID from the provider&apos;s developer portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in &apos;{name}&apos; has neither an issuer address nor sign-in and token addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --issuer URL, or both --authorize-url and --token-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect port {port} is not a port number (0-65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect path &apos;{path}&apos; must start with &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown client authentication &apos;{method}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo sign-in server did not start (see the messages above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sign-in server running at {issuer} (any user name and password work).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screen found: signing in on the command line instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>This provider does not offer device sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a browser on this computer instead (&apos;oauth-setup login NAME&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s device sign-in answer was incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was refused on the other device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expired before anyone finished signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the device sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>OAuth Setup Assistant support report (contains no tokens, codes or secrets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>python: {version} ({path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform: {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config dir: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data dir: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managed presets dir: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyring backend: {backend}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyring backend: unavailable ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{preset} (managed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presets: {presets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preset file problem: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles: unreadable ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state: unknown ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state: {state} — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token present: {present}, expires at: {expires}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh token present: {present}, expires at: {expires} ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last renewal: {at} — {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export {target}: ok={ok} {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>The provider at &apos;{issuer}&apos; says it is &apos;{claimed}&apos;, so its settings were not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider at &apos;{issuer}&apos; published settings this app cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider at &apos;{issuer}&apos; does not support PKCE with S256, which this app requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider at &apos;{issuer}&apos; could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider at &apos;{issuer}&apos; had a problem (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider at &apos;{issuer}&apos; did not publish readable settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in settings were found at &apos;{issuer}&apos; (HTTP {status}): it may not be an OAuth issuer address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider at &apos;{issuer}&apos; did not publish its {setting}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>Sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product} only allows password sign-in, which this app replaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep its integration as it is until the provider offers authorization-code sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in address {address} failed: its certificate is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in address {address} failed: it could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address and this computer&apos;s network and proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: its settings were found and its issuer matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: its addresses answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not answer the test sign-in request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the client ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} is accepted for client {client}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not accept the redirect address {address} for client {client}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not know the client ID {client}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered the test sign-in request with an error (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider accepts client {client} and shows its sign-in page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register exactly {address} for this client in the GoTo Developer Center (OAuth Clients → your client → Redirect URIs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register exactly {address} for this client in the provider&apos;s developer portal (its list of redirect or callback addresses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If signing in fails, check that {address} is registered for this client in the GoTo Developer Center (OAuth Clients → your client → Redirect URIs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If signing in fails, check that {address} is registered for this client in the provider&apos;s developer portal (its list of redirect or callback addresses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client ID in the GoTo Developer Center, and that the client may use the authorization code grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client ID in the provider&apos;s developer portal, and that the client may use the authorization code grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not say what time it is, so the clock was not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s time could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} minutes ahead of the provider&apos;s: expiry times shown here would be wrong, and tokens may be renewed too late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} minutes behind the provider&apos;s: expiry times shown here would be wrong, and tokens may be renewed too late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on automatic time (NTP) in the system settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with the provider&apos;s (within {seconds} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any free port on 127.0.0.1 will do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port {port} cannot be used ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port {port} on 127.0.0.1 is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in {description}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the system keyring where there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in {description}; it is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>You are signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Finish to save this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the tokens are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command for the integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration gets a fresh access token (a short-lived key) by running this command; the app renews it as needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stored password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be removed from {file} ({reason}). The sign-in is saved; remove the password from the file yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not say who signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refresh token was given: you will have to sign in again when the access token expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token is now written into {file} and kept up to date there: set the integration to sign in with it instead of the password. Then the password can go: tick the box to remove it from the file when you click Finish. A copy of the old file, readable only by you, is kept next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new sign-in is saved. Click Finish to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbeddedBrowser</name>
    <message>
        <source>OAuth Setup Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser component is not installed with this copy of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser window inside this app cannot run under the root account on this computer. Use your web browser instead, or start the app as a normal user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser window inside this app needs the app&apos;s windows, which are not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbeddedBrowserDialog</name>
    <message>
        <source>Sign in — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to {host} — this window is part of {app}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the page shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site this page comes from. Type your password only if this is your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in window buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page address: {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page address: {host} (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>The issuer address &apos;{url}&apos; is not a secure https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in address &apos;{url}&apos; is not a secure https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token address &apos;{url}&apos; is not a secure https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation address &apos;{url}&apos; is not a secure https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user information address &apos;{url}&apos; is not a secure https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device sign-in address &apos;{url}&apos; is not a secure https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorize url address &apos;{url}&apos; is not a secure https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token url address &apos;{url}&apos; is not a secure https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation url address &apos;{url}&apos; is not a secure https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} address &apos;{url}&apos; is not a secure https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Try again. If it keeps happening, run &apos;oauth-setup diagnostics&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the settings of this sign-in (&apos;oauth-setup profile show NAME&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;oauth-setup profile list&apos; to see the names that exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the provider&apos;s https:// address; only addresses on this computer may use http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the program that uses this port, or register a different port with the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client ID and secret in the provider&apos;s developer portal, then enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the provider&apos;s developer portal, allow the &apos;authorization code&apos; grant and register the redirect address this app shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the issuer address (it is usually shown in the provider&apos;s documentation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was stopped to protect you. Check the issuer address; if it is right, tell your provider&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s internet connection and try again in a few minutes. Your stored sign-in was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again with &apos;oauth-setup login NAME&apos; (or &apos;Sign in again&apos; in the app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with &apos;oauth-setup login NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your keyring (or log in to the desktop once) and try again. On a machine with no keyring, an administrator may choose &apos;--store file&apos; to keep tokens in a protected file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the sign-in again and choose &apos;Allow&apos; (or &apos;Continue&apos;) when the provider asks. If you were not asked, your account may not be allowed to use this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the sign-in again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the sign-in again and finish it in the browser within the time shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close old sign-in tabs and start the sign-in again from this app; use only the newest link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider said: &quot;{description}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problem, then run &apos;oauth-setup export retry NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where in the file the token goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the token goes, as the names from the top of the file, each after a “/”. Example: /auth/refresh_token. The rest of the file is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: file {location}, where in the file {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An INI settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section and key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section and key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section name, a dot, then the key. Example: oauth.refresh_token writes “refresh_token = …” under [oauth]. The rest of the file is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: file {location}, section and key {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: CRM_REFRESH_TOKEN writes the line “CRM_REFRESH_TOKEN=…”. The other lines are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: file {location}, variable name {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another keyring entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry in this computer&apos;s keyring that the integration reads: its service and user name, as the integration&apos;s documentation names them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: service {location}, user name {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program (gets the token on its input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program and its arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program and its arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the program to run, and its arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app runs this program every time the token changes and types the token into it (on its standard input). Nothing is passed on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: program and its arguments {location}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add export target: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every time the token of &apos;{name}&apos; changes, the app can write it where an integration reads it. Choose where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What receives the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token (usual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token suits integrations that renew their access by themselves. The access token suits integrations that only use it: it lasts about an hour, and the app writes a new one before it runs out, as long as the app keeps running in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which token to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this export target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the token to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter it, for example {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields above. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already writes its access token to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already writes its refresh token to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another place, or close this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRow</name>
    <message>
        <source>The access token goes to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token goes to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending the token to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop writing the token there. The file or entry itself is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>the key {key} in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key {key} in section [{section}] of {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the variable {name} in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring entry {username} of service {service}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command {command}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>The {kind} export target is not usable: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as {form}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of export target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of {forms}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{token}&apos; is not a kind of token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the &apos;refresh&apos; or the &apos;access&apos; token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path &apos;{path}&apos; is not absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path may not contain &apos;#&apos; (it separates the path from the key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after &apos;#&apos; comes a JSON pointer such as /auth/refresh_token (RFC 6901)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after &apos;#&apos; comes the section, a dot, and the key, such as auth.refresh_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after &apos;#&apos; comes a variable name of letters, digits and underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the keyring service, a &apos;/&apos;, then the user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command line has an unmatched quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the program and its arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an export target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it in one of these forms: {forms}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path must be followed by &apos;#&apos; and the key to set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored export target &apos;{text}&apos; does not start with &apos;refresh&apos; or &apos;access&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it with &apos;oauth-setup export remove NAME&apos; and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update {target}: there is no token to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update {target}: the token is not valid text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update {target}: there is no keyring on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update {target}: the keyring is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update {target}: the keyring refused it ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the keyring, then run &apos;oauth-setup export retry NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command by hand to see what it says, then run &apos;oauth-setup export retry NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not hand the token to {target}: the program {program} was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not hand the token to {target}: it could not be started ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not hand the token to {target}: it did not finish within {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not hand the token to {target}: it was stopped by signal {signal}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not hand the token to {target}: it ended with exit code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update {target}: the file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path (the integration&apos;s own configuration file must already exist), or remove this target with &apos;oauth-setup export remove NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symlink loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update {target}: the file {path} cannot be reached ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update {target}: {path} is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update {target}: the file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file as UTF-8, then run &apos;oauth-setup export retry NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update {target}: the file could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update {target}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update {target}: the file could not be written in {folder} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let this user create files in {folder}, then run &apos;oauth-setup export retry NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update {target}: the token was written, but the file&apos;s owner could not be restored to user {user}, group {group} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the export as the file&apos;s owner, or run &apos;chown {user}:{group} {path}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token contains a line break, which this file format cannot hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the file, then run &apos;oauth-setup export retry NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid JSON (line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s JSON is nested too deeply to edit safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s JSON could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no key {pointer} in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pointer} is a list and &apos;{part}&apos; is not a position in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level is a list and &apos;{part}&apos; is not a position in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list {pointer} has {count} items, so there is no position {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list at the top level has {count} items, so there is no position {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value at {pointer} is not an object or a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value at the top level is not an object or a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the pointer in the target (RFC 6901), or add the missing part to the file, then run &apos;oauth-setup export retry NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>the file {path} (readable only by you, not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets file {path} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Found</name>
    <message>
        <source>Read {path} ({kind}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: found ({count} characters, not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This integration signs in with a stored password (the password grant).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Guide — OAuth Setup Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyringSecretStore</name>
    <message>
        <source>the system keyring ({backend}), under &apos;{service}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring failed to read an entry ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring failed to write an entry ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring failed to delete an entry ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>There is no &apos;{lang}&apos; translation. Choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>The sign-in &apos;{name}&apos; has no issuer address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginSession</name>
    <message>
        <source>No client secret is stored for &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter it again: &apos;oauth-setup profile add NAME … --client-secret-stdin&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer was not processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s identity token could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token was issued by a different provider than the one asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token was issued for a different client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token does not belong to this sign-in (nonce mismatch).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginTask</name>
    <message>
        <source>Fix this, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled in this app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Loopback</name>
    <message>
        <source>This address only accepts the sign-in answer this app is waiting for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is not one this app understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{program} (process {pid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopbackReceiver</name>
    <message>
        <source>Nobody finished signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody finished signing in within {seconds} second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody finished signing in within {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer for a different or older sign-in arrived and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled in this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was stopped before an answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port {port} on this computer is already in use by {holder}, so this app cannot receive the sign-in answer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not let the app use port {port} for the sign-in answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a redirect address with a port above 1024 with the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app could not listen on {host} port {port} ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app stopped listening for the sign-in answer because of an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request took too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not arrive in time, so the connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was larger than this address accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app could not check the sign-in answer because of an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in answer already received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app already received the sign-in answer. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was not addressed to this computer&apos;s sign-in address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer repeats a parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the sign-in this app is waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in this app started, so it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in. You can close this tab and return to {app}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered “{error}”. It said: {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered “{error}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer contained neither an authorization code nor an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to {app} to see what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>How to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the provider&apos;s sign-in page opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your usual &amp;web browser (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your usual web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;browser window inside this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a browser window inside this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;another device, with a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in on another device with a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safest: you sign in where you always do, the app never sees your password, and a sign-in you already have there (including single sign-on) can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For computers where no usual browser can be opened. Less safe: you type your password into a window of this app, so only use it if you trust this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For computers where no browser can come back to this app: you get a short code and an address, and sign in on your phone or any other computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: your IT department allows only the usual web browser for this provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: this provider does not offer it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrate</name>
    <message>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in is for a person: someone signs in once in a browser, and the app keeps the integration signed in as them. A system account that no person can sign in with does not fit it. GoTo: password sign-in keeps working for existing clients until GoTo publishes a migration path for system accounts, so leave this integration as it is for now. Other providers: ask for a service account or the client credentials grant for this integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stored password was found in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point --from at the file where the integration keeps its user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is not valid JSON ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is not a valid INI file ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigratePage</name>
    <message>
        <source>An integration that signs in with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file where the integration keeps its user name and password. It is only read now: nothing in it changes until you have signed in and agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file of the integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example /etc/crm-sync/settings.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings file (JSON, INI or .env):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signs in with this account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;person: someone who can sign in with it in a web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A s&amp;ystem account: no person signs in with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person signs in with this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a system account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings files (*.json *.ini *.cfg *.conf *.env);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <source>{name} needs you to sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in for {name} expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in for {name} expires in {days} day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in for {name} expires in {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew now: sign in again before it runs out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorApp</name>
    <message>
        <source>Open status window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth Setup Assistant — keeping your sign-ins fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last check did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check: just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth Setup Assistant — the last check did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorWindow</name>
    <message>
        <source>OAuth Setup Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth Setup Assistant is keeping your sign-ins fresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It renews them in the background before they run out, and tells you here when someone needs to sign in again. Keep this window open (you may minimize it): closing it stops the renewals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Messages&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages: every sign-in is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open status window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the status window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all sign-ins now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationRow</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>GoTo (GoTo Connect, GoTo Resolve, GoToMeeting …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GoTo&apos;s sign-in service. GoTo has no discovery document, so its addresses are built in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GoTo Developer Center → OAuth Clients → your client → Redirect URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another provider (by its issuer address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta, Microsoft Entra ID, Keycloak, Salesforce and most others publish their settings at an issuer address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your provider&apos;s admin or developer portal, in the client&apos;s list of redirect (callback) addresses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last renewal could not reach the provider. The sign-in itself is probably still fine: the app tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last renewal: none since signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last renewal: {when} — worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last renewal: {when} — failed: no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last renewal: {when} — failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ written {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again: {name} — OAuth Setup Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the token is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the access token now, to check that the sign-in still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the provider&apos;s sign-in page to renew this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a valid access token on the clipboard, for pasting into a program by hand. The clipboard is cleared after {duration}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add export target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have the app write the token into an integration&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the tokens at the provider and delete this sign-in here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy access token: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add export target: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove sign-in: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of this sign-in could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not say who signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions (scopes): {scopes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions: none asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the integration may do with this sign-in, as the provider names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token: the provider did not say when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token expires in {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token expired {duration} ago — a new one is fetched automatically when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token expired {duration} ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refresh token: someone must sign in again when the access token expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refresh token is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token expires: not told by the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token expired {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token expires {when} (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token expires {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider gave no refresh token, so the app cannot renew this sign-in by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider said when this refresh token runs out: {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated: the provider does not say when its refresh tokens run out, but they usually last {lifetime}. This one was issued {issued}, so it should last until {until}. Only a successful renewal proves it still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not say how long its refresh tokens last, and there is no usual lifetime to estimate from. Only a successful renewal proves the sign-in still works (the app renews it at least once a day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not written anywhere else. Integrations can get it with &apos;oauth-setup token {name}&apos;, or use Add export target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On every change, the app writes the token to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting a valid access token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the token to the new target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop writing the token of &apos;{name}&apos; to {target}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is already there stays as it is, but it will not be updated any more: the integration that reads it stops working once that token runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is no longer written to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app asks {provider} to cancel its tokens, then deletes them and this sign-in&apos;s settings from this computer. Integrations that use it stop working until someone adds the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app asks the provider to cancel its tokens, then deletes them and this sign-in&apos;s settings from this computer. Integrations that use it stop working until someone adds the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the sign-in &apos;{name}&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: the sign-in still works. Check this computer&apos;s internet connection and try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the tokens at the provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Renewed just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new access token lasts until {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied — the clipboard is cleared in {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewal did not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token could be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be written to the new target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target is saved. The token is written there as soon as this sign-in has one (after signing in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ The token was written to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Writing to {target} failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app tries again on every check. Fix the problem, or remove the target.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>There is no provider preset called &apos;{preset}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known presets: {presets}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sign-in called &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: &apos;profile&apos; must be a table of sign-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the sign-in &apos;{name}&apos; is not a table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>&apos;{name}&apos; cannot be used as a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be opened ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix or remove that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the sign-in &apos;{name}&apos; has unknown settings: {settings}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: &apos;exports&apos; of the sign-in &apos;{name}&apos; must be a list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the setting &apos;{key}&apos; of the sign-in &apos;{name}&apos; must be a {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix that file, or remove the sign-in and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: expected one or more [[preset]] tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: every [[preset]] must be a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: a preset file must not hold a client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it: use a public client with PKCE, or let the admin type the secret in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: every preset needs an &apos;id&apos; and a &apos;title&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: unknown preset settings: {settings}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: &apos;{key}&apos; must be {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}, line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: &apos;{key}&apos; must be a list of words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Revoke</name>
    <message>
        <source>&apos;{name}&apos; was not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of &apos;{name}&apos;: the provider revoked its tokens and they were deleted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the tokens of &apos;{name}&apos; here. The provider offers no way to revoke them: remove this app&apos;s access in your account settings at the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens were kept. Try again later, or add --force to delete them here anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the tokens of &apos;{name}&apos; here, but the provider could not be told ({error}) Remove this app&apos;s access in your account settings at the provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>This computer has no system keyring this app can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only keyring available keeps secrets in a plain file, so this app will not use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>Please send this whole output to your IT support contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser window inside the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password storage (keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: warning: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: FAILED: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: FAILED: unexpected error {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: ok ({details})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth Setup Assistant {version}, Python {python}, {system} {machine}, {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt widgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt web engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt web engine widgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these parts of the program could not be loaded: {parts}. Reinstall the app; if a system library is named, install the package that provides it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PySide6 {pyside} with Qt {qt}; {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window system could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setup window did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened on the &apos;{display}&apos; display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested, because the setup window could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available here. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in with your usual web browser still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the browser component did not load a blank page within {seconds} second. Sign in with your usual web browser instead, and report this to support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the browser component did not load a blank page within {seconds} seconds. Sign in with your usual web browser instead, and report this to support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the browser component started but could not show a blank page. Sign in with your usual web browser instead, and report this to support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its helper program started and showed a blank page in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets would be kept in {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these files of the app are missing: {files}. Reinstall the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of providers {path} cannot be read {error}. Reinstall the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} built-in provider and the icon, in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} built-in providers and the icon, in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth Setup Assistant self-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages from Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: {failed} of {total} checks FAILED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: all {total} checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt could not be loaded (see &apos;{title}&apos; above). Reinstall the app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>OAuth Setup Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code and address for the other device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the address with the code in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan it with a phone: the address opens with the code already filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sign-in page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the sign-in link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste this link into a browser on this computer if none opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the sign-in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the client &amp;settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and change the client settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to &apos;{name}&apos; in your web browser, then come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to &apos;{name}&apos; in the sign-in window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to &apos;{name}&apos; on another device; this page waits for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time for signing in ({duration}) ran out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On your phone or any other computer, open the address below and enter the code. This page moves on by itself when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: &lt;b&gt;{address}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: &lt;span style=&apos;font-size:20pt; font-weight:bold&apos;&gt;{code}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No web browser could be opened.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &lt;i&gt;Copy link&lt;/i&gt; and paste the link into a browser on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in window was closed. Click Open again to reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left: {minutes}:{seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s sign-in page has opened in your web browser. Sign in there and allow access; this page moves on by itself when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in the window that opened and allow access; this page moves on by itself when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Not signed in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token expired and there is no refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token expires soon: sign in again to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>Sign-ins — OAuth Setup Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a new sign-in with the setup assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all sign-ins now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew what is due, retry failed writes, and read every sign-in&apos;s state again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-ins yet. Click “Add a sign-in…” to set one up with the setup assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in &apos;{name}&apos; was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked {n} sign-in just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked {n} sign-ins just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenClient</name>
    <message>
        <source>This client needs a secret, but none is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret again (&apos;oauth-setup profile add NAME … --client-secret-stdin&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no refresh token for this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider does not offer a way to revoke tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the app&apos;s access in your account settings at the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered the token request with something that is not a token response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider had a problem answering (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider no longer accepts this sign-in (it expired or was revoked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not accept the sign-in code (it expired or was already used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not accept the client ID or secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not allow this client to use this kind of sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the request ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered with an unexpected response (HTTP {status}) instead of a token response.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenManager</name>
    <message>
        <source>The sign-in &apos;{name}&apos; has no tokens yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another oauth-setup process has been renewing &apos;{name}&apos; for over {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute and try again; if it persists, check for a stuck &apos;oauth-setup&apos; process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token of &apos;{name}&apos; expired and the provider gave no refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider issued a new refresh token, but the system keyring refused to store it ({error}); the previous token is no longer valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewed access token could not be stored: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock or repair the keyring, then sign in again with &apos;oauth-setup login NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The file {path} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it and sign in again (&apos;oauth-setup login NAME&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored tokens of &apos;{name}&apos; are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again (&apos;oauth-setup login NAME&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tokens</name>
    <message>
        <source>The provider&apos;s answer did not contain an access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;p&gt;This assistant connects an integration (a script, a sync tool, a service) to your provider with a &lt;b&gt;secure sign-in&lt;/b&gt; instead of a stored user name and password.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Providers are switching off password sign-in for integrations (GoTo among the first), because a stored password can be stolen and cannot be limited. After this setup, you sign in once in a browser; the app keeps the integration signed in and hands it short-lived keys (&lt;i&gt;access tokens&lt;/i&gt;) whenever it asks.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;You will need&lt;/b&gt; the &lt;i&gt;client ID&lt;/i&gt; and, usually, the &lt;i&gt;secret&lt;/i&gt; of the integration&apos;s client. Both come from your provider&apos;s developer portal, where the client was registered.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move an integration from password sign-in to a secure sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;help&quot;&gt;How does this work? Read the short guide&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a &amp;new sign-in for an integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a new sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have an integration that signs in with a &amp;password: move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move an integration that signs in with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant reads the integration&apos;s settings file, signs it in securely, and then offers to remove the stored password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Something unexpected went wrong inside the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
