<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Authorize</name>
    <message>
        <source>The sign-in answer does not belong to the sign-in this app started.</source>
        <translation>La réponse de connexion ne correspond pas à la connexion lancée par cette application.</translation>
    </message>
    <message>
        <source>The sign-in answer came from a different provider than the one this app asked.</source>
        <translation>La réponse de connexion provient d&apos;un autre fournisseur que celui que cette application a interrogé.</translation>
    </message>
    <message>
        <source>The provider promised to say who answered the sign-in, but this answer does not say.</source>
        <translation>Le fournisseur devait indiquer qui a répondu à la connexion, mais cette réponse ne le précise pas.</translation>
    </message>
    <message>
        <source>The provider&apos;s sign-in answer had neither a code nor an error.</source>
        <translation>La réponse de connexion du fournisseur ne contenait ni code ni erreur.</translation>
    </message>
    <message>
        <source>Access was not granted at the provider&apos;s sign-in page.</source>
        <translation>L&apos;accès n&apos;a pas été accordé sur la page de connexion du fournisseur.</translation>
    </message>
    <message>
        <source>The provider does not let this client sign in this way ({error}).</source>
        <translation>Le fournisseur n&apos;autorise pas ce client à se connecter de cette façon ({error}).</translation>
    </message>
    <message>
        <source>The provider could not finish the sign-in right now ({error}).</source>
        <translation>Le fournisseur n&apos;a pas pu terminer la connexion pour le moment ({error}).</translation>
    </message>
    <message>
        <source>The provider refused the sign-in request ({error}).</source>
        <translation>Le fournisseur a refusé la demande de connexion ({error}).</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>OAuth Setup Assistant monitor</source>
        <translation>Surveillance OAuth Setup Assistant</translation>
    </message>
    <message>
        <source>Keeps integrations signed in and tells you when someone must sign in again</source>
        <translation>Garde les intégrations connectées et vous prévient quand quelqu&apos;un doit se reconnecter</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--lang needs a language, e.g. --lang de</source>
        <translation>--lang attend une langue, par ex. --lang fr</translation>
    </message>
    <message>
        <source>stopped.</source>
        <translation>arrêté.</translation>
    </message>
    <message>
        <source>warning: the secrets of &apos;{name}&apos; are kept in a plain file, not in the system keyring, as the administrator chose. Anyone who can read your files can use them.</source>
        <translation>avertissement&#xa0;: les secrets de &apos;{name}&apos; sont conservés dans un simple fichier et non dans le trousseau de clés du système, comme l&apos;a choisi l&apos;administrateur. Toute personne pouvant lire vos fichiers peut les utiliser.</translation>
    </message>
    <message>
        <source>--client-secret-stdin needs standard input</source>
        <translation>--client-secret-stdin a besoin de l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Client secret (not shown as you type): </source>
        <translation>Secret client (masqué pendant la saisie)&#xa0;: </translation>
    </message>
    <message>
        <source>the client secret read from standard input is empty</source>
        <translation>le secret client lu depuis l&apos;entrée standard est vide</translation>
    </message>
    <message>
        <source>the preset &apos;{preset}&apos; needs --issuer URL instead</source>
        <translation>le préréglage &apos;{preset}&apos; attend plutôt --issuer URL</translation>
    </message>
    <message>
        <source>give --issuer URL, --preset NAME, or both --authorize-url and --token-url</source>
        <translation>indiquez --issuer URL, --preset NAME, ou à la fois --authorize-url et --token-url</translation>
    </message>
    <message>
        <source>this client needs its secret: pass --client-secret-stdin (or --auth-method none for a public client)</source>
        <translation>ce client a besoin de son secret&#xa0;: ajoutez --client-secret-stdin (ou --auth-method none pour un client public)</translation>
    </message>
    <message>
        <source>Saved the sign-in &apos;{name}&apos;. Next: oauth-setup login {name}</source>
        <translation>Connexion &apos;{name}&apos; enregistrée. Étape suivante&#xa0;: oauth-setup login {name}</translation>
    </message>
    <message>
        <source>No sign-ins yet. Add one with &apos;oauth-setup profile add NAME …&apos; or run &apos;oauth-setup&apos;.</source>
        <translation>Aucune connexion pour l&apos;instant. Ajoutez-en une avec &apos;oauth-setup profile add NAME …&apos; ou lancez &apos;oauth-setup&apos;.</translation>
    </message>
    <message>
        <source>managed</source>
        <translation>géré</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>no web browser could be opened.</source>
        <translation>aucun navigateur web n&apos;a pu être ouvert.</translation>
    </message>
    <message>
        <source>Open this address in a web browser on this computer to sign in:</source>
        <translation>Pour vous connecter, ouvrez cette adresse dans un navigateur web sur cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>A browser window was opened: sign in there.</source>
        <translation>Une fenêtre de navigateur a été ouverte&#xa0;: connectez-vous dans celle-ci.</translation>
    </message>
    <message>
        <source>Waiting up to {seconds} seconds for the sign-in to finish (Ctrl+C to stop)…</source>
        <translation>Attente de la fin de la connexion pendant {seconds} secondes au maximum (Ctrl+C pour arrêter)…</translation>
    </message>
    <message>
        <source>The sign-in was stopped.</source>
        <translation>La connexion a été arrêtée.</translation>
    </message>
    <message>
        <source>On any device, open {address} and enter the code {code}</source>
        <translation>Sur n&apos;importe quel appareil, ouvrez {address} et saisissez le code {code}</translation>
    </message>
    <message>
        <source>(or open {address}, which has the code in it)</source>
        <translation>(ou ouvrez {address}, qui contient déjà le code)</translation>
    </message>
    <message>
        <source>Waiting up to {n} minute for you to finish…</source>
        <translation>Attente de votre connexion pendant {n} minute au maximum…</translation>
    </message>
    <message>
        <source>Waiting up to {n} minutes for you to finish…</source>
        <translation>Attente de votre connexion pendant {n} minutes au maximum…</translation>
    </message>
    <message>
        <source>Renewed &apos;{name}&apos;: the access token is valid until {when}.</source>
        <translation>&apos;{name}&apos; renouvelé&#xa0;: le jeton d&apos;accès est valable jusqu&apos;au {when}.</translation>
    </message>
    <message>
        <source>The sign-in &apos;{name}&apos; was removed.</source>
        <translation>La connexion &apos;{name}&apos; a été supprimée.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; will send its access token to {target} on every change.</source>
        <translation>&apos;{name}&apos; enverra son jeton d&apos;accès à {target} à chaque changement.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; will send its refresh token to {target} on every change.</source>
        <translation>&apos;{name}&apos; enverra son jeton d&apos;actualisation à {target} à chaque changement.</translation>
    </message>
    <message>
        <source>Written now with the current token.</source>
        <translation>Écrit dès maintenant avec le jeton actuel.</translation>
    </message>
    <message>
        <source>writing it now failed: {reason}</source>
        <translation>l&apos;écriture immédiate a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; sends its token nowhere yet. Add a target with &apos;oauth-setup export add&apos;.</source>
        <translation>&apos;{name}&apos; n&apos;envoie encore son jeton nulle part. Ajoutez une cible avec &apos;oauth-setup export add&apos;.</translation>
    </message>
    <message>
        <source>written</source>
        <translation>écrit</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>pas encore écrit</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no target &apos;{target}&apos; (see &apos;oauth-setup export list {name}&apos;)</source>
        <translation>&apos;{name}&apos; n&apos;a pas de cible &apos;{target}&apos; (voir &apos;oauth-setup export list {name}&apos;)</translation>
    </message>
    <message>
        <source>Removed. &apos;{name}&apos; no longer writes to {target}.</source>
        <translation>Supprimée. &apos;{name}&apos; n&apos;écrit plus dans {target}.</translation>
    </message>
    <message>
        <source>FAILED — {reason}</source>
        <translation>ÉCHEC — {reason}</translation>
    </message>
    <message>
        <source>Nothing to retry: every target has the current token.</source>
        <translation>Rien à réessayer&#xa0;: toutes les cibles ont le jeton actuel.</translation>
    </message>
    <message>
        <source>The monitor will start when you log in to the desktop ({file}).</source>
        <translation>La surveillance démarrera quand vous ouvrirez votre session sur le bureau ({file}).</translation>
    </message>
    <message>
        <source>The monitor will no longer start at log-in.</source>
        <translation>La surveillance ne démarrera plus à l&apos;ouverture de session.</translation>
    </message>
    <message>
        <source>It was not set to start.</source>
        <translation>Elle n&apos;était pas configurée pour démarrer automatiquement.</translation>
    </message>
    <message>
        <source>What to do: {fix}</source>
        <translation>Que faire&#xa0;: {fix}</translation>
    </message>
    <message>
        <source>no client ID was found in the file: give --client-id</source>
        <translation>aucun ID client n&apos;a été trouvé dans le fichier&#xa0;: indiquez --client-id</translation>
    </message>
    <message>
        <source>say which provider this is: --preset goto, or --issuer URL</source>
        <translation>indiquez de quel fournisseur il s&apos;agit&#xa0;: --preset goto, ou --issuer URL</translation>
    </message>
    <message>
        <source>Saved the sign-in &apos;{name}&apos;; the refresh token will be written to {target}.</source>
        <translation>Connexion &apos;{name}&apos; enregistrée&#xa0;; le jeton d&apos;actualisation sera écrit dans {target}.</translation>
    </message>
    <message>
        <source>The password was left in {file}: run again with --yes, or remove it yourself.</source>
        <translation>Le mot de passe est resté dans {file}&#xa0;: relancez avec --yes, ou supprimez-le vous-même.</translation>
    </message>
    <message>
        <source>Remove the stored password from {file} now (a backup is kept)? [y/N] </source>
        <translation>Supprimer maintenant le mot de passe enregistré dans {file} (une copie de sauvegarde est conservée)&#xa0;? [o/N] </translation>
    </message>
    <message>
        <source>y|yes</source>
        <translation>o|oui</translation>
    </message>
    <message>
        <source>The password was left in the file.</source>
        <translation>Le mot de passe est resté dans le fichier.</translation>
    </message>
    <message>
        <source>Removed the password from {file}. The old file is kept, readable only by you, as {backup}.</source>
        <translation>Mot de passe supprimé de {file}. L&apos;ancien fichier est conservé sous le nom {backup}, lisible uniquement par vous.</translation>
    </message>
</context>
<context>
    <name>CliFormat</name>
    <message>
        <source>not told by the provider</source>
        <translation>non communiqué par le fournisseur</translation>
    </message>
    <message>
        <source>{n} second</source>
        <translation>{n} seconde</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} secondes</translation>
    </message>
    <message>
        <source>{n} minute</source>
        <translation>{n} minute</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <source>{n} hour</source>
        <translation>{n} heure</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} heures</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} jour</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <source>in {amount}</source>
        <translation>dans {amount}</translation>
    </message>
    <message>
        <source>{amount} ago</source>
        <translation>il y a {amount}</translation>
    </message>
    <message>
        <source>Signed in &apos;{name}&apos; as {who}.</source>
        <translation>Connexion &apos;{name}&apos; établie en tant que {who}.</translation>
    </message>
    <message>
        <source>Signed in &apos;{name}&apos;.</source>
        <translation>Connexion &apos;{name}&apos; établie.</translation>
    </message>
    <message>
        <source>Access token valid until: {when}</source>
        <translation>Jeton d&apos;accès valide jusqu&apos;au : {when}</translation>
    </message>
    <message>
        <source>Refresh token valid until: {when}</source>
        <translation>Jeton d&apos;actualisation valide jusqu&apos;au : {when}</translation>
    </message>
    <message>
        <source>No refresh token was issued: you will need to sign in again when the access token expires.</source>
        <translation>Aucun jeton d&apos;actualisation n&apos;a été délivré : vous devrez vous reconnecter lorsque le jeton d&apos;accès expirera.</translation>
    </message>
    <message>
        <source>Tokens are kept in {store}.</source>
        <translation>Les jetons sont conservés dans {store}.</translation>
    </message>
    <message>
        <source>Integrations get a fresh access token with: oauth-setup token {name}</source>
        <translation>Les intégrations obtiennent un nouveau jeton d&apos;accès avec : oauth-setup token {name}</translation>
    </message>
    <message>
        <source>No sign-ins yet. Add one with &apos;oauth-setup profile add NAME …&apos; or run &apos;oauth-setup&apos;.</source>
        <translation>Aucune connexion pour l&apos;instant. Ajoutez-en une avec &apos;oauth-setup profile add NAME …&apos; ou lancez &apos;oauth-setup&apos;.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <source>Signed in as: {who}</source>
        <translation>Connecté en tant que : {who}</translation>
    </message>
    <message>
        <source>Access token expires: {when}</source>
        <translation>Le jeton d&apos;accès expire : {when}</translation>
    </message>
    <message>
        <source>(estimated from the provider&apos;s usual lifetime)</source>
        <translation>(estimation d&apos;après la durée de vie habituelle chez le fournisseur)</translation>
    </message>
    <message>
        <source>Refresh token expires: {when}</source>
        <translation>Le jeton d&apos;actualisation expire : {when}</translation>
    </message>
    <message>
        <source>Last renewal: {when} — {result}</source>
        <translation>Dernier renouvellement : {when} — {result}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Scopes: {scopes}</source>
        <translation>Autorisations (scopes) : {scopes}</translation>
    </message>
    <message>
        <source>written</source>
        <translation>écrit</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>pas encore écrit</translation>
    </message>
    <message>
        <source>Sends the access token to {target}: {result}</source>
        <translation>Envoie le jeton d&apos;accès à {target} : {result}</translation>
    </message>
    <message>
        <source>Sends the refresh token to {target}: {result}</source>
        <translation>Envoie le jeton d&apos;actualisation à {target} : {result}</translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message>
        <source>See &apos;{command} --help&apos;.</source>
        <translation>Voir &apos;{command} --help&apos;.</translation>
    </message>
    <message>
        <source>Sign integrations in with OAuth (authorization code + PKCE) and keep tokens fresh.</source>
        <translation>Connecte des intégrations avec OAuth (code d&apos;autorisation + PKCE) et maintient leurs jetons à jour.</translation>
    </message>
    <message>
        <source>show texts in this language: en, de or fr (default: the system&apos;s)</source>
        <translation>afficher les textes dans cette langue : en, de ou fr (par défaut : celle du système)</translation>
    </message>
    <message>
        <source>check that this installation works (for support staff)</source>
        <translation>vérifier que cette installation fonctionne (pour le support)</translation>
    </message>
    <message>
        <source>add, list, show or remove sign-ins</source>
        <translation>ajouter, lister, afficher ou supprimer des connexions</translation>
    </message>
    <message>
        <source>add or change a sign-in</source>
        <translation>ajouter ou modifier une connexion</translation>
    </message>
    <message>
        <source>the provider&apos;s issuer address (settings are discovered from it)</source>
        <translation>l&apos;adresse de l&apos;émetteur du fournisseur (les paramètres en sont déduits)</translation>
    </message>
    <message>
        <source>a provider preset, e.g. &apos;goto&apos; (see &apos;profile presets&apos;)</source>
        <translation>un préréglage de fournisseur, par ex. &apos;goto&apos; (voir &apos;profile presets&apos;)</translation>
    </message>
    <message>
        <source>the provider&apos;s sign-in (authorization) address</source>
        <translation>l&apos;adresse de connexion (d&apos;autorisation) du fournisseur</translation>
    </message>
    <message>
        <source>the provider&apos;s token address</source>
        <translation>l&apos;adresse des jetons du fournisseur</translation>
    </message>
    <message>
        <source>the provider&apos;s token revocation address (optional)</source>
        <translation>l&apos;adresse de révocation des jetons du fournisseur (facultatif)</translation>
    </message>
    <message>
        <source>read the client secret from standard input</source>
        <translation>lire le secret client sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>how the client proves itself at the token address (default: the preset&apos;s, else client_secret_basic with a secret and none without)</source>
        <translation>comment le client s&apos;authentifie auprès de l&apos;adresse des jetons (par défaut : celle du préréglage, sinon client_secret_basic avec un secret et none sans secret)</translation>
    </message>
    <message>
        <source>scopes, space-separated; may be repeated</source>
        <translation>autorisations (scopes), séparées par des espaces ; option répétable</translation>
    </message>
    <message>
        <source>fixed redirect port (0 = any free port, the default)</source>
        <translation>port de redirection fixe (0 = n&apos;importe quel port libre, par défaut)</translation>
    </message>
    <message>
        <source>redirect path (default /callback)</source>
        <translation>chemin de redirection (par défaut /callback)</translation>
    </message>
    <message>
        <source>where secrets are kept: the system keyring (default) or, only if you must, a private file</source>
        <translation>où les secrets sont conservés : le trousseau de clés du système (par défaut) ou, seulement si nécessaire, un fichier privé</translation>
    </message>
    <message>
        <source>list sign-ins</source>
        <translation>lister les connexions</translation>
    </message>
    <message>
        <source>list provider presets</source>
        <translation>lister les préréglages de fournisseurs</translation>
    </message>
    <message>
        <source>show one sign-in&apos;s settings</source>
        <translation>afficher les paramètres d&apos;une connexion</translation>
    </message>
    <message>
        <source>sign out and forget a sign-in</source>
        <translation>se déconnecter et oublier une connexion</translation>
    </message>
    <message>
        <source>delete locally even if the provider cannot be told</source>
        <translation>supprimer localement même si le fournisseur ne peut pas être prévenu</translation>
    </message>
    <message>
        <source>sign in (opens a browser)</source>
        <translation>se connecter (ouvre un navigateur)</translation>
    </message>
    <message>
        <source>seconds to wait for the browser (default 300)</source>
        <translation>secondes d&apos;attente du navigateur (300 par défaut)</translation>
    </message>
    <message>
        <source>sign in on another device with a code (for computers without a browser)</source>
        <translation>se connecter sur un autre appareil avec un code (pour les ordinateurs sans navigateur)</translation>
    </message>
    <message>
        <source>show token expiry and state</source>
        <translation>afficher l&apos;expiration et l&apos;état des jetons</translation>
    </message>
    <message>
        <source>print a valid access token (and nothing else)</source>
        <translation>afficher un jeton d&apos;accès valide (et rien d&apos;autre)</translation>
    </message>
    <message>
        <source>renew the access token now</source>
        <translation>renouveler le jeton d&apos;accès maintenant</translation>
    </message>
    <message>
        <source>revoke the tokens at the provider and delete them here</source>
        <translation>révoquer les jetons auprès du fournisseur et les supprimer ici</translation>
    </message>
    <message>
        <source>send the current token to an integration on every change</source>
        <translation>envoyer le jeton actuel à une intégration à chaque changement</translation>
    </message>
    <message>
        <source>add a target</source>
        <translation>ajouter une cible</translation>
    </message>
    <message>
        <source>TARGET is one of: json:PATH#/json/pointer  ini:PATH#section.key  env:PATH#VARIABLE  keyring:SERVICE/USERNAME  command:PROGRAM ARGS… (the token goes to the program&apos;s standard input)</source>
        <translation>TARGET est l&apos;une des formes suivantes : json:PATH#/json/pointer  ini:PATH#section.key  env:PATH#VARIABLE  keyring:SERVICE/USERNAME  command:PROGRAM ARGS… (le jeton est transmis sur l&apos;entrée standard du programme)</translation>
    </message>
    <message>
        <source>list targets and how their last write went</source>
        <translation>lister les cibles et le résultat de leur dernière écriture</translation>
    </message>
    <message>
        <source>remove a target</source>
        <translation>supprimer une cible</translation>
    </message>
    <message>
        <source>write the current token to the targets that failed</source>
        <translation>écrire le jeton actuel dans les cibles en échec</translation>
    </message>
    <message>
        <source>keep sign-ins fresh in the background (tray icon)</source>
        <translation>maintenir les connexions à jour en arrière-plan (icône de notification)</translation>
    </message>
    <message>
        <source>check every sign-in once, print, and exit</source>
        <translation>vérifier chaque connexion une fois, afficher le résultat et quitter</translation>
    </message>
    <message>
        <source>start the monitor at desktop log-in</source>
        <translation>lancer la surveillance à l&apos;ouverture de la session</translation>
    </message>
    <message>
        <source>stop starting it at log-in</source>
        <translation>ne plus la lancer à l&apos;ouverture de la session</translation>
    </message>
    <message>
        <source>move an integration from a stored password to this app</source>
        <translation>faire passer une intégration d&apos;un mot de passe enregistré à cette application</translation>
    </message>
    <message>
        <source>its JSON, INI or .env file</source>
        <translation>son fichier JSON, INI ou .env</translation>
    </message>
    <message>
        <source>name for the new sign-in (default: from the file name)</source>
        <translation>nom de la nouvelle connexion (par défaut : d&apos;après le nom du fichier)</translation>
    </message>
    <message>
        <source>the provider preset, e.g. goto</source>
        <translation>le préréglage de fournisseur, par ex. goto</translation>
    </message>
    <message>
        <source>the provider&apos;s issuer address</source>
        <translation>l&apos;adresse de l&apos;émetteur du fournisseur</translation>
    </message>
    <message>
        <source>when the file has none</source>
        <translation>si le fichier n&apos;en contient pas</translation>
    </message>
    <message>
        <source>scopes when using --issuer</source>
        <translation>autorisations (scopes) avec --issuer</translation>
    </message>
    <message>
        <source>sign in on another device with a code</source>
        <translation>se connecter sur un autre appareil avec un code</translation>
    </message>
    <message>
        <source>remove the password after signing in, without asking</source>
        <translation>supprimer le mot de passe après la connexion, sans demander</translation>
    </message>
    <message>
        <source>the account is not a person: explain the options instead</source>
        <translation>le compte n&apos;est pas celui d&apos;une personne : expliquer les options à la place</translation>
    </message>
    <message>
        <source>check that everything is ready for a sign-in</source>
        <translation>vérifier que tout est prêt pour une connexion</translation>
    </message>
    <message>
        <source>the provider&apos;s product, if it has several (e.g. &apos;GoTo Assist Corporate&apos;)</source>
        <translation>le produit du fournisseur, s&apos;il en a plusieurs (par ex. &apos;GoTo Assist Corporate&apos;)</translation>
    </message>
    <message>
        <source>a support report without any secret</source>
        <translation>un rapport pour le support, sans aucun secret</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Choose the client</source>
        <translation>Choisir le client</translation>
    </message>
    <message>
        <source>Tell the app which provider the integration uses and how its client is registered there.</source>
        <translation>Indiquez à l&apos;application quel fournisseur l&apos;intégration utilise et comment son client y est enregistré.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Issuer address</source>
        <translation>Adresse de l&apos;émetteur</translation>
    </message>
    <message>
        <source>The base address of the provider&apos;s sign-in service, from its documentation.</source>
        <translation>L&apos;adresse de base du service de connexion du fournisseur, indiquée dans sa documentation.</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check the issuer address</source>
        <translation>Vérifier l&apos;adresse de l&apos;émetteur</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>Token address</source>
        <translation>Adresse des jetons</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>The public name of the integration&apos;s client, shown in the provider&apos;s developer portal.</source>
        <translation>Le nom public du client de l&apos;intégration, affiché dans le portail développeur du fournisseur.</translation>
    </message>
    <message>
        <source>Enter the client ID from the provider&apos;s developer portal.</source>
        <translation>Saisissez l&apos;ID client indiqué dans le portail développeur du fournisseur.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>The client&apos;s own password at the provider. It is stored in the system keyring.</source>
        <translation>Le mot de passe propre au client chez le fournisseur. Il est conservé dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>This client has &amp;no secret (a public client)</source>
        <translation>Ce client n&apos;a a&amp;ucun secret (client public)</translation>
    </message>
    <message>
        <source>Public client without a secret</source>
        <translation>Client public sans secret</translation>
    </message>
    <message>
        <source>Enter the client secret, or tick the box if the client has none.</source>
        <translation>Saisissez le secret client, ou cochez la case si le client n&apos;en a pas.</translation>
    </message>
    <message>
        <source>What the integration may do (scopes)</source>
        <translation>Ce que l&apos;intégration peut faire (autorisations)</translation>
    </message>
    <message>
        <source>Other scopes</source>
        <translation>Autres autorisations</translation>
    </message>
    <message>
        <source>other scopes, separated by spaces (optional)</source>
        <translation>autres autorisations, séparées par des espaces (facultatif)</translation>
    </message>
    <message>
        <source>Scopes name what the integration may do; ask only for what it needs.</source>
        <translation>Les autorisations (scopes) indiquent ce que l&apos;intégration peut faire ; ne demandez que ce dont elle a besoin.</translation>
    </message>
    <message>
        <source>Redirect address to register</source>
        <translation>Adresse de redirection à enregistrer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the redirect address</source>
        <translation>Copier l&apos;adresse de redirection</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>tout port libre</translation>
    </message>
    <message>
        <source>Fixed redirect port</source>
        <translation>Port de redirection fixe</translation>
    </message>
    <message>
        <source>Only if the provider insists on an exact port in the redirect address. 0 = any free port.</source>
        <translation>Seulement si le fournisseur exige un port précis dans l&apos;adresse de redirection. 0 = n&apos;importe quel port libre.</translation>
    </message>
    <message>
        <source>Name of this sign-in</source>
        <translation>Nom de cette connexion</translation>
    </message>
    <message>
        <source>Integrations use this name: oauth-setup token NAME</source>
        <translation>Les intégrations utilisent ce nom : oauth-setup token NAME</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>&amp;Issuer address:</source>
        <translation>Adresse de l&apos;é&amp;metteur :</translation>
    </message>
    <message>
        <source>Sign-in &amp;address:</source>
        <translation>Adresse de conne&amp;xion :</translation>
    </message>
    <message>
        <source>&amp;Token address:</source>
        <translation>Adresse des &amp;jetons :</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>S&amp;ecret :</translation>
    </message>
    <message>
        <source>&amp;Redirect address:</source>
        <translation>Adresse de &amp;redirection :</translation>
    </message>
    <message>
        <source>Fixed p&amp;ort:</source>
        <translation>P&amp;ort fixe :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>The providers below can still be used; ask your IT department to fix the file.</source>
        <translation>Les fournisseurs ci-dessous restent utilisables ; demandez à votre service informatique de corriger le fichier.</translation>
    </message>
    <message>
        <source>{title} (set up by your IT department)</source>
        <translation>{title} (configuré par votre service informatique)</translation>
    </message>
    <message>
        <source>Demo sign-in server (on this computer, for trying the app)</source>
        <translation>Serveur de connexion de démonstration (sur cet ordinateur, pour essayer l&apos;application)</translation>
    </message>
    <message>
        <source>{product} — not supported</source>
        <translation>{product} — non pris en charge</translation>
    </message>
    <message>
        <source>Another provider, typing its addresses by hand</source>
        <translation>Autre fournisseur, en saisissant ses adresses à la main</translation>
    </message>
    <message>
        <source>&lt;b&gt;{product} cannot use the secure sign-in:&lt;/b&gt; it only allows password sign-in. Keep its integration as it is until the provider offers another way.</source>
        <translation>&lt;b&gt;{product} ne peut pas utiliser la connexion sécurisée :&lt;/b&gt; il n&apos;autorise que la connexion par mot de passe. Laissez son intégration telle quelle jusqu&apos;à ce que le fournisseur propose une autre solution.</translation>
    </message>
    <message>
        <source>A real sign-in server running on this computer. Any user name and password work. Its client ID is &lt;b&gt;{client_id}&lt;/b&gt; and its secret &lt;b&gt;{secret}&lt;/b&gt; (filled in for you).</source>
        <translation>Un vrai serveur de connexion qui fonctionne sur cet ordinateur. N&apos;importe quel nom d&apos;utilisateur et mot de passe conviennent. Son ID client est &lt;b&gt;{client_id}&lt;/b&gt; et son secret &lt;b&gt;{secret}&lt;/b&gt; (déjà renseignés pour vous).</translation>
    </message>
    <message>
        <source>For providers without an issuer address.</source>
        <translation>Pour les fournisseurs sans adresse d&apos;émetteur.</translation>
    </message>
    <message>
        <source>Scope {scope}</source>
        <translation>Autorisation {scope}</translation>
    </message>
    <message>
        <source>A permission named by the provider.</source>
        <translation>Une autorisation définie par le fournisseur.</translation>
    </message>
    <message>
        <source>Enter the issuer address first.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse de l&apos;émetteur.</translation>
    </message>
    <message>
        <source>Looking up the provider&apos;s settings…</source>
        <translation>Recherche des paramètres du fournisseur…</translation>
    </message>
    <message>
        <source>✔ Found the provider. You will sign in at &lt;b&gt;{host}&lt;/b&gt;. It supports the secure sign-in this app uses, and it can cancel tokens when you sign out.</source>
        <translation>✔ Fournisseur trouvé. Vous vous connecterez sur &lt;b&gt;{host}&lt;/b&gt;. Il prend en charge la connexion sécurisée utilisée par cette application et peut annuler les jetons lorsque vous vous déconnectez.</translation>
    </message>
    <message>
        <source>✔ Found the provider. You will sign in at &lt;b&gt;{host}&lt;/b&gt;. It supports the secure sign-in this app uses, and it cannot cancel tokens when you sign out.</source>
        <translation>✔ Fournisseur trouvé. Vous vous connecterez sur &lt;b&gt;{host}&lt;/b&gt;. Il prend en charge la connexion sécurisée utilisée par cette application, mais ne peut pas annuler les jetons lorsque vous vous déconnectez.</translation>
    </message>
    <message>
        <source>Check the address and this computer&apos;s network connection, then click Check again.</source>
        <translation>Vérifiez l&apos;adresse et la connexion réseau de cet ordinateur, puis cliquez à nouveau sur Vérifier.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Register this exact address for the client in {where}.</source>
        <translation>Enregistrez exactement cette adresse pour le client dans {where}.</translation>
    </message>
    <message>
        <source>Register this exact address for the client in the provider&apos;s developer portal.</source>
        <translation>Enregistrez exactement cette adresse pour le client dans le portail développeur du fournisseur.</translation>
    </message>
    <message>
        <source>The app picks a free port each time it signs in; providers that follow the standard for desktop apps (RFC 8252) accept any port for this address.</source>
        <translation>L&apos;application choisit un port libre à chaque connexion ; les fournisseurs qui respectent la norme pour les applications de bureau (RFC 8252) acceptent n&apos;importe quel port pour cette adresse.</translation>
    </message>
    <message>
        <source>The provider requires this exact port; the app will listen on it while you sign in.</source>
        <translation>Le fournisseur exige ce port précis ; l&apos;application l&apos;écoutera pendant votre connexion.</translation>
    </message>
    <message>
        <source>A sign-in with this name already exists; choose another name.</source>
        <translation>Une connexion porte déjà ce nom ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Filled in from {file}. Check the provider and the client ID; the refresh token will be written into that file, where the password is now.</source>
        <translation>Rempli d&apos;après {file}. Vérifiez le fournisseur et l&apos;ID client ; le jeton d&apos;actualisation sera écrit dans ce fichier, à la place actuelle du mot de passe.</translation>
    </message>
    <message>
        <source>Lets the app see who signed in (their name), to show it to you.</source>
        <translation>Permet à l&apos;application de savoir qui s&apos;est connecté (son nom), pour vous l&apos;afficher.</translation>
    </message>
    <message>
        <source>Lets the app keep the integration signed in (a refresh token). Usually needed.</source>
        <translation>Permet à l&apos;application de garder l&apos;intégration connectée (un jeton d&apos;actualisation). Généralement nécessaire.</translation>
    </message>
    <message>
        <source>The signed-in person&apos;s name.</source>
        <translation>Le nom de la personne connectée.</translation>
    </message>
    <message>
        <source>The signed-in person&apos;s email address.</source>
        <translation>L&apos;adresse e-mail de la personne connectée.</translation>
    </message>
</context>
<context>
    <name>ClientProfile</name>
    <message>
        <source>The client ID is empty.</source>
        <translation>L&apos;ID client est vide.</translation>
    </message>
    <message>
        <source>Copy the client ID from the provider&apos;s developer portal.</source>
        <translation>Copiez l&apos;ID client depuis le portail développeur du fournisseur.</translation>
    </message>
    <message>
        <source>The sign-in &apos;{name}&apos; has neither an issuer address nor sign-in and token addresses.</source>
        <translation>La connexion «&#xa0;{name}&#xa0;» n&apos;a ni adresse de l&apos;émetteur, ni adresses de connexion et des jetons.</translation>
    </message>
    <message>
        <source>Give --issuer URL, or both --authorize-url and --token-url.</source>
        <translation>Indiquez --issuer URL, ou bien --authorize-url et --token-url.</translation>
    </message>
    <message>
        <source>The redirect port {port} is not a port number (0-65535).</source>
        <translation>Le port de redirection {port} n&apos;est pas un numéro de port (0-65535).</translation>
    </message>
    <message>
        <source>The redirect path &apos;{path}&apos; must start with &apos;/&apos;.</source>
        <translation>Le chemin de redirection «&#xa0;{path}&#xa0;» doit commencer par «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown client authentication &apos;{method}&apos;.</source>
        <translation>Authentification client inconnue&#xa0;: «&#xa0;{method}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo sign-in server did not start (see the messages above).</source>
        <translation>Le serveur de connexion de démonstration n&apos;a pas démarré (voir les messages ci-dessus).</translation>
    </message>
    <message>
        <source>Demo sign-in server running at {issuer} (any user name and password work).</source>
        <translation>Serveur de connexion de démonstration actif à l&apos;adresse {issuer} (n&apos;importe quel nom d&apos;utilisateur et mot de passe conviennent).</translation>
    </message>
    <message>
        <source>No screen found: signing in on the command line instead.</source>
        <translation>Aucun écran détecté : la connexion se fait en ligne de commande.</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>This provider does not offer device sign-in.</source>
        <translation>Ce fournisseur ne propose pas la connexion sur un autre appareil.</translation>
    </message>
    <message>
        <source>Sign in with a browser on this computer instead (&apos;oauth-setup login NAME&apos;).</source>
        <translation>Connectez-vous plutôt avec un navigateur sur cet ordinateur (&apos;oauth-setup login NAME&apos;).</translation>
    </message>
    <message>
        <source>The provider&apos;s device sign-in answer was incomplete.</source>
        <translation>La réponse du fournisseur pour la connexion sur un autre appareil était incomplète.</translation>
    </message>
    <message>
        <source>The device sign-in was cancelled.</source>
        <translation>La connexion sur un autre appareil a été annulée.</translation>
    </message>
    <message>
        <source>The sign-in was refused on the other device.</source>
        <translation>La connexion a été refusée sur l&apos;autre appareil.</translation>
    </message>
    <message>
        <source>The code expired before anyone finished signing in.</source>
        <translation>Le code a expiré avant que quelqu&apos;un ait terminé la connexion.</translation>
    </message>
    <message>
        <source>Start the device sign-in again.</source>
        <translation>Relancez la connexion sur un autre appareil.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>OAuth Setup Assistant support report (contains no tokens, codes or secrets)</source>
        <translation>Rapport pour le support d&apos;OAuth Setup Assistant (ne contient aucun jeton, code ou secret)</translation>
    </message>
    <message>
        <source>version: {version}</source>
        <translation>version&#xa0;: {version}</translation>
    </message>
    <message>
        <source>python: {version} ({path})</source>
        <translation>python&#xa0;: {version} ({path})</translation>
    </message>
    <message>
        <source>platform: {platform}</source>
        <translation>plateforme&#xa0;: {platform}</translation>
    </message>
    <message>
        <source>config dir: {path}</source>
        <translation>dossier de configuration&#xa0;: {path}</translation>
    </message>
    <message>
        <source>data dir: {path}</source>
        <translation>dossier de données&#xa0;: {path}</translation>
    </message>
    <message>
        <source>managed presets dir: {path}</source>
        <translation>dossier des préréglages gérés&#xa0;: {path}</translation>
    </message>
    <message>
        <source>keyring backend: {backend}</source>
        <translation>moteur du trousseau de clés&#xa0;: {backend}</translation>
    </message>
    <message>
        <source>keyring backend: unavailable ({error})</source>
        <translation>moteur du trousseau de clés&#xa0;: indisponible ({error})</translation>
    </message>
    <message>
        <source>{preset} (managed)</source>
        <translation>{preset} (géré)</translation>
    </message>
    <message>
        <source>presets: {presets}</source>
        <translation>préréglages&#xa0;: {presets}</translation>
    </message>
    <message>
        <source>preset file problem: {problem}</source>
        <translation>problème dans un fichier de préréglages&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>profiles: unreadable ({error})</source>
        <translation>connexions&#xa0;: illisibles ({error})</translation>
    </message>
    <message>
        <source>state: unknown ({error})</source>
        <translation>état&#xa0;: inconnu ({error})</translation>
    </message>
    <message>
        <source>state: {state} — {reason}</source>
        <translation>état&#xa0;: {state} — {reason}</translation>
    </message>
    <message>
        <source>access token present: {present}, expires at: {expires}</source>
        <translation>jeton d&apos;accès présent&#xa0;: {present}, expiration&#xa0;: {expires}</translation>
    </message>
    <message>
        <source>refresh token present: {present}, expires at: {expires} ({source})</source>
        <translation>jeton d&apos;actualisation présent&#xa0;: {present}, expiration&#xa0;: {expires} ({source})</translation>
    </message>
    <message>
        <source>last renewal: {at} — {result}</source>
        <translation>dernier renouvellement&#xa0;: {at} — {result}</translation>
    </message>
    <message>
        <source>export {target}: ok={ok} {message}</source>
        <translation>exportation {target}&#xa0;: ok={ok} {message}</translation>
    </message>
    <message>
        <source>readiness check: could not run ({error})</source>
        <translation>vérification préalable : impossible de l&apos;exécuter ({error})</translation>
    </message>
    <message>
        <source>readiness check:</source>
        <translation>vérification préalable :</translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>The provider at &apos;{issuer}&apos; says it is &apos;{claimed}&apos;, so its settings were not used.</source>
        <translation>Le fournisseur à l&apos;adresse &apos;{issuer}&apos; indique être &apos;{claimed}&apos; : ses paramètres n&apos;ont donc pas été utilisés.</translation>
    </message>
    <message>
        <source>The provider at &apos;{issuer}&apos; published settings this app cannot read.</source>
        <translation>Le fournisseur à l&apos;adresse &apos;{issuer}&apos; a publié des paramètres que cette application ne sait pas lire.</translation>
    </message>
    <message>
        <source>The provider at &apos;{issuer}&apos; does not support PKCE with S256, which this app requires.</source>
        <translation>Le fournisseur à l&apos;adresse &apos;{issuer}&apos; ne prend pas en charge PKCE avec S256, indispensable pour cette application.</translation>
    </message>
    <message>
        <source>The provider at &apos;{issuer}&apos; could not be reached.</source>
        <translation>Le fournisseur à l&apos;adresse &apos;{issuer}&apos; est injoignable.</translation>
    </message>
    <message>
        <source>The provider at &apos;{issuer}&apos; had a problem (HTTP {status}).</source>
        <translation>Le fournisseur à l&apos;adresse &apos;{issuer}&apos; a rencontré un problème (HTTP {status}).</translation>
    </message>
    <message>
        <source>The provider at &apos;{issuer}&apos; did not publish readable settings.</source>
        <translation>Le fournisseur à l&apos;adresse &apos;{issuer}&apos; n&apos;a pas publié de paramètres lisibles.</translation>
    </message>
    <message>
        <source>No sign-in settings were found at &apos;{issuer}&apos; (HTTP {status}): it may not be an OAuth issuer address.</source>
        <translation>Aucun paramètre de connexion trouvé à l&apos;adresse &apos;{issuer}&apos; (HTTP {status}) : ce n&apos;est peut-être pas une adresse d&apos;émetteur OAuth.</translation>
    </message>
    <message>
        <source>The provider at &apos;{issuer}&apos; did not publish its sign-in (authorization) address.</source>
        <translation>Le fournisseur à l&apos;adresse &apos;{issuer}&apos; n&apos;a pas publié son adresse de connexion (autorisation).</translation>
    </message>
    <message>
        <source>The provider at &apos;{issuer}&apos; did not publish its token address.</source>
        <translation>Le fournisseur à l&apos;adresse &apos;{issuer}&apos; n&apos;a pas publié son adresse des jetons.</translation>
    </message>
    <message>
        <source>The provider at &apos;{issuer}&apos; did not publish its {setting}.</source>
        <translation>Le fournisseur à l&apos;adresse &apos;{issuer}&apos; n&apos;a pas publié son paramètre « {setting} ».</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>Sign-in method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>{product} only allows password sign-in, which this app replaces.</source>
        <translation>{product} n&apos;autorise que la connexion par mot de passe, que cette application remplace.</translation>
    </message>
    <message>
        <source>Keep its integration as it is until the provider offers authorization-code sign-in.</source>
        <translation>Laissez son intégration telle quelle jusqu&apos;à ce que le fournisseur propose la connexion par code d&apos;autorisation.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>The sign-in address {address} failed: its certificate is not valid.</source>
        <translation>L&apos;adresse de connexion {address} a échoué&#xa0;: son certificat n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The sign-in address {address} failed: it could not be reached.</source>
        <translation>L&apos;adresse de connexion {address} a échoué&#xa0;: elle est injoignable.</translation>
    </message>
    <message>
        <source>Check the address and this computer&apos;s network and proxy settings.</source>
        <translation>Vérifiez l&apos;adresse ainsi que les paramètres de réseau et de proxy de cet ordinateur.</translation>
    </message>
    <message>
        <source>{host}: its settings were found and its issuer matches.</source>
        <translation>{host}&#xa0;: ses paramètres ont été trouvés et son émetteur correspond.</translation>
    </message>
    <message>
        <source>{host}: its addresses answer.</source>
        <translation>{host}&#xa0;: ses adresses répondent.</translation>
    </message>
    <message>
        <source>Redirect address</source>
        <translation>Adresse de redirection</translation>
    </message>
    <message>
        <source>The provider did not answer the test sign-in request.</source>
        <translation>Le fournisseur n&apos;a pas répondu à la demande de connexion de test.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The provider refused the client ({error}).</source>
        <translation>Le fournisseur a refusé le client ({error}).</translation>
    </message>
    <message>
        <source>{address} is accepted for client {client}.</source>
        <translation>{address} est acceptée pour le client {client}.</translation>
    </message>
    <message>
        <source>The provider does not accept the redirect address {address} for client {client}.</source>
        <translation>Le fournisseur n&apos;accepte pas l&apos;adresse de redirection {address} pour le client {client}.</translation>
    </message>
    <message>
        <source>The provider does not know the client ID {client}.</source>
        <translation>Le fournisseur ne connaît pas l&apos;ID client {client}.</translation>
    </message>
    <message>
        <source>The provider answered the test sign-in request with an error (HTTP {status}).</source>
        <translation>Le fournisseur a répondu à la demande de connexion de test par une erreur (HTTP {status}).</translation>
    </message>
    <message>
        <source>The provider accepts client {client} and shows its sign-in page.</source>
        <translation>Le fournisseur accepte le client {client} et affiche sa page de connexion.</translation>
    </message>
    <message>
        <source>Register exactly {address} for this client in the GoTo Developer Center (OAuth Clients → your client → Redirect URIs).</source>
        <translation>Enregistrez exactement {address} pour ce client dans le GoTo Developer Center (OAuth Clients → votre client → Redirect URIs).</translation>
    </message>
    <message>
        <source>Register exactly {address} for this client in the provider&apos;s developer portal (its list of redirect or callback addresses).</source>
        <translation>Enregistrez exactement {address} pour ce client dans le portail développeur du fournisseur (dans sa liste d&apos;adresses de redirection ou de rappel).</translation>
    </message>
    <message>
        <source>If signing in fails, check that {address} is registered for this client in the GoTo Developer Center (OAuth Clients → your client → Redirect URIs).</source>
        <translation>Si la connexion échoue, vérifiez que {address} est enregistrée pour ce client dans le GoTo Developer Center (OAuth Clients → votre client → Redirect URIs).</translation>
    </message>
    <message>
        <source>If signing in fails, check that {address} is registered for this client in the provider&apos;s developer portal (its list of redirect or callback addresses).</source>
        <translation>Si la connexion échoue, vérifiez que {address} est enregistrée pour ce client dans le portail développeur du fournisseur (dans sa liste d&apos;adresses de redirection ou de rappel).</translation>
    </message>
    <message>
        <source>Check the client ID in the GoTo Developer Center, and that the client may use the authorization code grant.</source>
        <translation>Vérifiez l&apos;ID client dans le GoTo Developer Center, et que le client a le droit d&apos;utiliser le type d&apos;autorisation «&#xa0;Authorization Code&#xa0;».</translation>
    </message>
    <message>
        <source>Check the client ID in the provider&apos;s developer portal, and that the client may use the authorization code grant.</source>
        <translation>Vérifiez l&apos;ID client dans le portail développeur du fournisseur, et que le client a le droit d&apos;utiliser le type d&apos;autorisation «&#xa0;Authorization Code&#xa0;».</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <source>The provider did not say what time it is, so the clock was not compared.</source>
        <translation>Le fournisseur n&apos;a pas indiqué l&apos;heure&#xa0;: l&apos;horloge n&apos;a donc pas été comparée.</translation>
    </message>
    <message>
        <source>The provider&apos;s time could not be read.</source>
        <translation>L&apos;heure du fournisseur n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} minutes ahead of the provider&apos;s: expiry times shown here would be wrong, and tokens may be renewed too late.</source>
        <translation>L&apos;horloge de cet ordinateur avance de {minutes} minutes par rapport à celle du fournisseur&#xa0;: les heures d&apos;expiration affichées ici seraient fausses, et les jetons risquent d&apos;être renouvelés trop tard.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} minutes behind the provider&apos;s: expiry times shown here would be wrong, and tokens may be renewed too late.</source>
        <translation>L&apos;horloge de cet ordinateur retarde de {minutes} minutes par rapport à celle du fournisseur&#xa0;: les heures d&apos;expiration affichées ici seraient fausses, et les jetons risquent d&apos;être renouvelés trop tard.</translation>
    </message>
    <message>
        <source>Turn on automatic time (NTP) in the system settings.</source>
        <translation>Activez la mise à l&apos;heure automatique (NTP) dans les paramètres du système.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with the provider&apos;s (within {seconds} s).</source>
        <translation>L&apos;horloge de cet ordinateur concorde avec celle du fournisseur (à {seconds} s près).</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Port de redirection</translation>
    </message>
    <message>
        <source>Any free port on 127.0.0.1 will do.</source>
        <translation>N&apos;importe quel port libre sur 127.0.0.1 convient.</translation>
    </message>
    <message>
        <source>Port {port} cannot be used ({error}).</source>
        <translation>Le port {port} ne peut pas être utilisé ({error}).</translation>
    </message>
    <message>
        <source>Port {port} on 127.0.0.1 is free.</source>
        <translation>Le port {port} sur 127.0.0.1 est libre.</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Trousseau de clés</translation>
    </message>
    <message>
        <source>Secrets are kept in {description}.</source>
        <translation>Les secrets sont conservés dans {description}.</translation>
    </message>
    <message>
        <source>Use the system keyring where there is one.</source>
        <translation>Utilisez le trousseau de clés du système s&apos;il y en a un.</translation>
    </message>
    <message>
        <source>Secrets are kept in {description}; it is unlocked.</source>
        <translation>Les secrets sont conservés dans {description}, qui est déverrouillé.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>You are signed in</source>
        <translation>Connexion réussie</translation>
    </message>
    <message>
        <source>Click Finish to save this sign-in.</source>
        <translation>Cliquez sur Terminer pour enregistrer cette connexion.</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>Access token expires</source>
        <translation>Expiration du jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Refresh token expires</source>
        <translation>Expiration du jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>Where the tokens are kept</source>
        <translation>Emplacement des jetons</translation>
    </message>
    <message>
        <source>Command for the integration</source>
        <translation>Commande pour l&apos;intégration</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>Copier la commande</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Connecté en tant que :</translation>
    </message>
    <message>
        <source>Access token expires:</source>
        <translation>Le jeton d&apos;accès expire :</translation>
    </message>
    <message>
        <source>Refresh token expires:</source>
        <translation>Le jeton d&apos;actualisation expire :</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>Conservés dans :</translation>
    </message>
    <message>
        <source>The integration gets a fresh access token (a short-lived key) by running this command; the app renews it as needed:</source>
        <translation>L&apos;intégration obtient un nouveau jeton d&apos;accès (une clé de courte durée) en exécutant cette commande ; l&apos;application le renouvelle si nécessaire :</translation>
    </message>
    <message>
        <source>Remove the stored password</source>
        <translation>Supprimer le mot de passe enregistré</translation>
    </message>
    <message>
        <source>The password could not be removed from {file} ({reason}). The sign-in is saved; remove the password from the file yourself.</source>
        <translation>Le mot de passe n&apos;a pas pu être supprimé de {file} ({reason}). La connexion est enregistrée ; supprimez vous-même le mot de passe du fichier.</translation>
    </message>
    <message>
        <source>The provider did not say who signed in.</source>
        <translation>Le fournisseur n&apos;a pas indiqué qui s&apos;est connecté.</translation>
    </message>
    <message>
        <source>{when} (estimated)</source>
        <translation>{when} (estimation)</translation>
    </message>
    <message>
        <source>No refresh token was given: you will have to sign in again when the access token expires.</source>
        <translation>Aucun jeton d&apos;actualisation n&apos;a été fourni : vous devrez vous reconnecter lorsque le jeton d&apos;accès expirera.</translation>
    </message>
    <message>
        <source>The refresh token could not be written into {file}: {reason} The password stays in the file. Fix the problem; the app writes the token again at its next renewal, or when you click Check all now in the status window.</source>
        <translation>Le jeton d&apos;actualisation n&apos;a pas pu être écrit dans {file} : {reason} Le mot de passe reste dans le fichier. Corrigez le problème ; l&apos;application réécrira le jeton lors du prochain renouvellement, ou lorsque vous cliquerez sur « Tout vérifier » dans la fenêtre d&apos;état.</translation>
    </message>
    <message>
        <source>The refresh token is now written into {file} and kept up to date there: set the integration to sign in with it instead of the password. Then the password can go: tick the box to remove it from the file when you click Finish. A copy of the old file, readable only by you, is kept next to it.</source>
        <translation>Le jeton d&apos;actualisation est désormais écrit dans {file} et y est tenu à jour : configurez l&apos;intégration pour qu&apos;elle se connecte avec ce jeton plutôt qu&apos;avec le mot de passe. Le mot de passe devient alors inutile : cochez la case pour le supprimer du fichier lorsque vous cliquerez sur Terminer. Une copie de l&apos;ancien fichier, lisible par vous seul, est conservée à côté.</translation>
    </message>
    <message>
        <source>The new sign-in is saved. Click Finish to close.</source>
        <translation>La nouvelle connexion est enregistrée. Cliquez sur Terminer pour fermer.</translation>
    </message>
    <message>
        <source>it was not written.</source>
        <translation>il n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
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
        <translation>Le composant navigateur n&apos;est pas installé avec cet exemplaire de l&apos;application.</translation>
    </message>
    <message>
        <source>The browser window inside this app cannot run under the root account on this computer. Use your web browser instead, or start the app as a normal user.</source>
        <translation>La fenêtre de navigateur dans l&apos;application ne peut pas fonctionner avec le compte root sur cet ordinateur. Utilisez plutôt votre navigateur web, ou lancez l&apos;application en tant qu&apos;utilisateur normal.</translation>
    </message>
    <message>
        <source>The browser window inside this app needs the app&apos;s windows, which are not running.</source>
        <translation>La fenêtre de navigateur dans l&apos;application a besoin des fenêtres de l&apos;application, qui ne sont pas lancées.</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(aucune adresse)</translation>
    </message>
</context>
<context>
    <name>EmbeddedBrowserDialog</name>
    <message>
        <source>Sign in — {app}</source>
        <translation>Connexion — {app}</translation>
    </message>
    <message>
        <source>Sign-in window</source>
        <translation>Fenêtre de connexion</translation>
    </message>
    <message>
        <source>Signing in to {host} — this window is part of {app}.</source>
        <translation>Connexion à {host} — cette fenêtre fait partie de {app}.</translation>
    </message>
    <message>
        <source>Sign-in notice</source>
        <translation>Avis de connexion</translation>
    </message>
    <message>
        <source>Address of the page shown</source>
        <translation>Adresse de la page affichée</translation>
    </message>
    <message>
        <source>The site this page comes from. Type your password only if this is your provider.</source>
        <translation>Le site d&apos;où vient cette page. Ne saisissez votre mot de passe que s&apos;il s&apos;agit de votre fournisseur.</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Page de connexion</translation>
    </message>
    <message>
        <source>Sign-in window buttons</source>
        <translation>Boutons de la fenêtre de connexion</translation>
    </message>
    <message>
        <source>Page address: {host}</source>
        <translation>Adresse de la page&#xa0;: {host}</translation>
    </message>
    <message>
        <source>Page address: {host} (not encrypted)</source>
        <translation>Adresse de la page&#xa0;: {host} (non chiffrée)</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>The issuer address &apos;{url}&apos; is not a secure https:// address.</source>
        <translation>L&apos;adresse de l&apos;émetteur «&#xa0;{url}&#xa0;» n&apos;est pas une adresse https:// sécurisée.</translation>
    </message>
    <message>
        <source>The sign-in address &apos;{url}&apos; is not a secure https:// address.</source>
        <translation>L&apos;adresse de connexion «&#xa0;{url}&#xa0;» n&apos;est pas une adresse https:// sécurisée.</translation>
    </message>
    <message>
        <source>The token address &apos;{url}&apos; is not a secure https:// address.</source>
        <translation>L&apos;adresse des jetons «&#xa0;{url}&#xa0;» n&apos;est pas une adresse https:// sécurisée.</translation>
    </message>
    <message>
        <source>The revocation address &apos;{url}&apos; is not a secure https:// address.</source>
        <translation>L&apos;adresse de révocation «&#xa0;{url}&#xa0;» n&apos;est pas une adresse https:// sécurisée.</translation>
    </message>
    <message>
        <source>The user information address &apos;{url}&apos; is not a secure https:// address.</source>
        <translation>L&apos;adresse des informations utilisateur «&#xa0;{url}&#xa0;» n&apos;est pas une adresse https:// sécurisée.</translation>
    </message>
    <message>
        <source>The device sign-in address &apos;{url}&apos; is not a secure https:// address.</source>
        <translation>L&apos;adresse de connexion sur un autre appareil «&#xa0;{url}&#xa0;» n&apos;est pas une adresse https:// sécurisée.</translation>
    </message>
    <message>
        <source>The {what} address &apos;{url}&apos; is not a secure https:// address.</source>
        <translation>L&apos;adresse «&#xa0;{what}&#xa0;» «&#xa0;{url}&#xa0;» n&apos;est pas une adresse https:// sécurisée.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Try again. If it keeps happening, run &apos;oauth-setup diagnostics&apos;.</source>
        <translation>Réessayez. Si le problème persiste, exécutez &apos;oauth-setup diagnostics&apos;.</translation>
    </message>
    <message>
        <source>Check the settings of this sign-in (&apos;oauth-setup profile show NAME&apos;).</source>
        <translation>Vérifiez les paramètres de cette connexion (&apos;oauth-setup profile show NAME&apos;).</translation>
    </message>
    <message>
        <source>Run &apos;oauth-setup profile list&apos; to see the names that exist.</source>
        <translation>Exécutez &apos;oauth-setup profile list&apos; pour voir les noms existants.</translation>
    </message>
    <message>
        <source>Use the provider&apos;s https:// address; only addresses on this computer may use http://.</source>
        <translation>Utilisez l&apos;adresse https:// du fournisseur&#xa0;; seules les adresses de cet ordinateur peuvent utiliser http://.</translation>
    </message>
    <message>
        <source>Close the program that uses this port, or register a different port with the provider.</source>
        <translation>Fermez le programme qui utilise ce port, ou enregistrez un autre port auprès du fournisseur.</translation>
    </message>
    <message>
        <source>Check the client ID and secret in the provider&apos;s developer portal, then enter them again.</source>
        <translation>Vérifiez l&apos;ID client et le secret dans le portail développeur du fournisseur, puis saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>In the provider&apos;s developer portal, allow the &apos;authorization code&apos; grant and register the redirect address this app shows.</source>
        <translation>Dans le portail développeur du fournisseur, autorisez le type «&#xa0;authorization code&#xa0;» (code d&apos;autorisation) et enregistrez l&apos;adresse de redirection affichée par cette application.</translation>
    </message>
    <message>
        <source>Check the issuer address (it is usually shown in the provider&apos;s documentation).</source>
        <translation>Vérifiez l&apos;adresse de l&apos;émetteur (elle figure généralement dans la documentation du fournisseur).</translation>
    </message>
    <message>
        <source>Sign-in was stopped to protect you. Check the issuer address; if it is right, tell your provider&apos;s support.</source>
        <translation>La connexion a été arrêtée pour vous protéger. Vérifiez l&apos;adresse de l&apos;émetteur&#xa0;; si elle est correcte, contactez le support de votre fournisseur.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s internet connection and try again in a few minutes. Your stored sign-in was not changed.</source>
        <translation>Vérifiez la connexion Internet de cet ordinateur et réessayez dans quelques minutes. Votre connexion enregistrée n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Sign in again with &apos;oauth-setup login NAME&apos; (or &apos;Sign in again&apos; in the app).</source>
        <translation>Reconnectez-vous avec &apos;oauth-setup login NAME&apos; (ou «&#xa0;Se reconnecter&#xa0;» dans l&apos;application).</translation>
    </message>
    <message>
        <source>Sign in with &apos;oauth-setup login NAME&apos;.</source>
        <translation>Connectez-vous avec &apos;oauth-setup login NAME&apos;.</translation>
    </message>
    <message>
        <source>Unlock your keyring (or log in to the desktop once) and try again. On a machine with no keyring, an administrator may choose &apos;--store file&apos; to keep tokens in a protected file.</source>
        <translation>Déverrouillez votre trousseau de clés (ou ouvrez une fois une session sur le bureau) et réessayez. Sur une machine sans trousseau de clés, un administrateur peut choisir &apos;--store file&apos; pour conserver les jetons dans un fichier protégé.</translation>
    </message>
    <message>
        <source>Start the sign-in again.</source>
        <translation>Relancez la connexion.</translation>
    </message>
    <message>
        <source>Start the sign-in again and choose &apos;Allow&apos; (or &apos;Continue&apos;) when the provider asks. If you were not asked, your account may not be allowed to use this client.</source>
        <translation>Relancez la connexion et choisissez «&#xa0;Autoriser&#xa0;» (ou «&#xa0;Continuer&#xa0;») quand le fournisseur le demande. Si la question ne vous a pas été posée, votre compte n&apos;a peut-être pas le droit d&apos;utiliser ce client.</translation>
    </message>
    <message>
        <source>Start the sign-in again when you are ready.</source>
        <translation>Relancez la connexion quand vous serez prêt.</translation>
    </message>
    <message>
        <source>Start the sign-in again and finish it in the browser within the time shown.</source>
        <translation>Relancez la connexion et terminez-la dans le navigateur dans le délai indiqué.</translation>
    </message>
    <message>
        <source>Close old sign-in tabs and start the sign-in again from this app; use only the newest link.</source>
        <translation>Fermez les anciens onglets de connexion et relancez la connexion depuis cette application&#xa0;; utilisez uniquement le lien le plus récent.</translation>
    </message>
    <message>
        <source>The provider said: &quot;{description}&quot;.</source>
        <translation>Le fournisseur a indiqué&#xa0;: «&#xa0;{description}&#xa0;».</translation>
    </message>
    <message>
        <source>Fix the problem, then run &apos;oauth-setup export retry NAME&apos;.</source>
        <translation>Corrigez le problème, puis exécutez &apos;oauth-setup export retry NAME&apos;.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Enter the file.</source>
        <translation>Le fichier n&apos;est pas indiqué.</translation>
    </message>
    <message>
        <source>A JSON settings file</source>
        <translation>Un fichier de paramètres JSON</translation>
    </message>
    <message>
        <source>Where in the file:</source>
        <translation>Emplacement dans le fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Where in the file</source>
        <translation>Emplacement dans le fichier</translation>
    </message>
    <message>
        <source>Say where in the file the token goes.</source>
        <translation>Indiquez où placer le jeton dans le fichier.</translation>
    </message>
    <message>
        <source>Where the token goes, as the names from the top of the file, each after a “/”. Example: /auth/refresh_token. The rest of the file is kept.</source>
        <translation>L&apos;emplacement du jeton, sous forme des noms depuis le haut du fichier, chacun précédé d&apos;un «&#xa0;/&#xa0;». Exemple&#xa0;: /auth/refresh_token. Le reste du fichier est conservé.</translation>
    </message>
    <message>
        <source>For example: file {location}, where in the file {key}.</source>
        <translation>Par exemple&#xa0;: fichier {location}, emplacement dans le fichier {key}.</translation>
    </message>
    <message>
        <source>An INI settings file</source>
        <translation>Un fichier de paramètres INI</translation>
    </message>
    <message>
        <source>Section and key:</source>
        <translation>Section et clé&#xa0;:</translation>
    </message>
    <message>
        <source>Section and key</source>
        <translation>Section et clé</translation>
    </message>
    <message>
        <source>Enter the section and key.</source>
        <translation>La section et la clé ne sont pas indiquées.</translation>
    </message>
    <message>
        <source>The section name, a dot, then the key. Example: oauth.refresh_token writes “refresh_token = …” under [oauth]. The rest of the file is kept.</source>
        <translation>Le nom de la section, un point, puis la clé. Exemple&#xa0;: oauth.refresh_token écrit «&#xa0;refresh_token = …&#xa0;» dans [oauth]. Le reste du fichier est conservé.</translation>
    </message>
    <message>
        <source>For example: file {location}, section and key {key}.</source>
        <translation>Par exemple&#xa0;: fichier {location}, section et clé {key}.</translation>
    </message>
    <message>
        <source>A .env file</source>
        <translation>Un fichier .env</translation>
    </message>
    <message>
        <source>Variable name:</source>
        <translation>Nom de variable&#xa0;:</translation>
    </message>
    <message>
        <source>Variable name</source>
        <translation>Nom de variable</translation>
    </message>
    <message>
        <source>Enter the variable name.</source>
        <translation>Le nom de variable n&apos;est pas indiqué.</translation>
    </message>
    <message>
        <source>Example: CRM_REFRESH_TOKEN writes the line “CRM_REFRESH_TOKEN=…”. The other lines are kept.</source>
        <translation>Exemple&#xa0;: CRM_REFRESH_TOKEN écrit la ligne «&#xa0;CRM_REFRESH_TOKEN=…&#xa0;». Les autres lignes sont conservées.</translation>
    </message>
    <message>
        <source>For example: file {location}, variable name {key}.</source>
        <translation>Par exemple&#xa0;: fichier {location}, nom de variable {key}.</translation>
    </message>
    <message>
        <source>Another keyring entry</source>
        <translation>Une autre entrée du trousseau de clés</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service&#xa0;:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Enter the service.</source>
        <translation>Le service n&apos;est pas indiqué.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Le nom d&apos;utilisateur n&apos;est pas indiqué.</translation>
    </message>
    <message>
        <source>The entry in this computer&apos;s keyring that the integration reads: its service and user name, as the integration&apos;s documentation names them.</source>
        <translation>L&apos;entrée du trousseau de clés de cet ordinateur que lit l&apos;intégration&#xa0;: son service et son nom d&apos;utilisateur, tels que les nomme la documentation de l&apos;intégration.</translation>
    </message>
    <message>
        <source>For example: service {location}, user name {key}.</source>
        <translation>Par exemple&#xa0;: service {location}, nom d&apos;utilisateur {key}.</translation>
    </message>
    <message>
        <source>A program (gets the token on its input)</source>
        <translation>Un programme (reçoit le jeton sur son entrée)</translation>
    </message>
    <message>
        <source>Program and its arguments:</source>
        <translation>Programme et arguments&#xa0;:</translation>
    </message>
    <message>
        <source>Program and its arguments</source>
        <translation>Programme et arguments</translation>
    </message>
    <message>
        <source>Enter the program to run, and its arguments.</source>
        <translation>Indiquez le programme à exécuter et ses arguments.</translation>
    </message>
    <message>
        <source>The app runs this program every time the token changes and types the token into it (on its standard input). Nothing is passed on the command line.</source>
        <translation>L&apos;application exécute ce programme chaque fois que le jeton change et lui transmet le jeton (sur son entrée standard). Rien n&apos;est passé sur la ligne de commande.</translation>
    </message>
    <message>
        <source>For example: program and its arguments {location}.</source>
        <translation>Par exemple&#xa0;: programme et arguments {location}.</translation>
    </message>
    <message>
        <source>Add export target: {name}</source>
        <translation>Ajouter une cible d&apos;exportation&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Every time the token of &apos;{name}&apos; changes, the app can write it where an integration reads it. Choose where.</source>
        <translation>Chaque fois que le jeton de «&#xa0;{name}&#xa0;» change, l&apos;application peut l&apos;écrire là où une intégration le lit. Choisissez l&apos;emplacement.</translation>
    </message>
    <message>
        <source>What receives the token</source>
        <translation>Ce qui reçoit le jeton</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>The refresh token (usual)</source>
        <translation>Le jeton d&apos;actualisation (habituel)</translation>
    </message>
    <message>
        <source>Send the refresh token</source>
        <translation>Envoyer le jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>The access token</source>
        <translation>Le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Send the access token</source>
        <translation>Envoyer le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>The refresh token suits integrations that renew their access by themselves. The access token suits integrations that only use it: it lasts about an hour, and the app writes a new one before it runs out, as long as the app keeps running in the background.</source>
        <translation>Le jeton d&apos;actualisation convient aux intégrations qui renouvellent elles-mêmes leur accès. Le jeton d&apos;accès convient aux intégrations qui se contentent de l&apos;utiliser&#xa0;: il dure environ une heure, et l&apos;application en écrit un nouveau avant son expiration, tant qu&apos;elle continue de fonctionner en arrière-plan.</translation>
    </message>
    <message>
        <source>Which token to choose</source>
        <translation>Quel jeton choisir</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add this export target</source>
        <translation>Ajouter cette cible d&apos;exportation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Write the token to:</source>
        <translation>Écrire le jeton dans&#xa0;:</translation>
    </message>
    <message>
        <source>Which token:</source>
        <translation>Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Example: {example}</source>
        <translation>Exemple&#xa0;: {example}</translation>
    </message>
    <message>
        <source>Choose the program</source>
        <translation>Choisir le programme</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Inutilisé</translation>
    </message>
    <message>
        <source>Choose the settings file</source>
        <translation>Choisir le fichier de paramètres</translation>
    </message>
    <message>
        <source>Enter it, for example {example}</source>
        <translation>Indiquez-le, par exemple {example}</translation>
    </message>
    <message>
        <source>Correct the fields above. {example}</source>
        <translation>Corrigez les champs ci-dessus. {example}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already writes its access token to {target}.</source>
        <translation>«&#xa0;{name}&#xa0;» transmet déjà son jeton d&apos;accès à {target}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already writes its refresh token to {target}.</source>
        <translation>«&#xa0;{name}&#xa0;» transmet déjà son jeton d&apos;actualisation à {target}.</translation>
    </message>
    <message>
        <source>Choose another place, or close this window.</source>
        <translation>Choisissez un autre emplacement, ou fermez cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>ExportRow</name>
    <message>
        <source>The access token goes to {target}</source>
        <translation>Le jeton d&apos;accès est transmis à {target}</translation>
    </message>
    <message>
        <source>The refresh token goes to {target}</source>
        <translation>Le jeton d&apos;actualisation est transmis à {target}</translation>
    </message>
    <message>
        <source>Export target</source>
        <translation>Cible d&apos;exportation</translation>
    </message>
    <message>
        <source>Last write</source>
        <translation>Dernière écriture</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Stop sending the token to {target}</source>
        <translation>Ne plus transmettre le jeton à {target}</translation>
    </message>
    <message>
        <source>Stop writing the token there. The file or entry itself is left as it is.</source>
        <translation>Ne plus écrire le jeton à cet endroit. Le contenu actuel du fichier ou de l&apos;entrée n&apos;est pas modifié.</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>the key {key} in {path}</source>
        <translation>la clé {key} dans {path}</translation>
    </message>
    <message>
        <source>the key {key} in section [{section}] of {path}</source>
        <translation>la clé {key} de la section [{section}] de {path}</translation>
    </message>
    <message>
        <source>the variable {name} in {path}</source>
        <translation>la variable {name} dans {path}</translation>
    </message>
    <message>
        <source>the keyring entry {username} of service {service}</source>
        <translation>l&apos;entrée {username} du service {service} dans le trousseau de clés</translation>
    </message>
    <message>
        <source>the command {command}</source>
        <translation>la commande {command}</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>The {kind} export target is not usable: {problem}.</source>
        <translation>La cible d&apos;exportation {kind} n&apos;est pas utilisable&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>Write it as {form}.</source>
        <translation>Écrivez-la sous la forme {form}.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of export target.</source>
        <translation>«&#xa0;{kind}&#xa0;» n&apos;est pas un type de cible d&apos;exportation.</translation>
    </message>
    <message>
        <source>Use one of {forms}.</source>
        <translation>Utilisez l&apos;une des formes {forms}.</translation>
    </message>
    <message>
        <source>&apos;{token}&apos; is not a kind of token.</source>
        <translation>«&#xa0;{token}&#xa0;» n&apos;est pas un type de jeton.</translation>
    </message>
    <message>
        <source>Export the &apos;refresh&apos; or the &apos;access&apos; token.</source>
        <translation>Exportez le jeton &apos;refresh&apos; (actualisation) ou &apos;access&apos; (accès).</translation>
    </message>
    <message>
        <source>it contains a line break</source>
        <translation>elle contient un saut de ligne</translation>
    </message>
    <message>
        <source>the path &apos;{path}&apos; is not absolute</source>
        <translation>le chemin «&#xa0;{path}&#xa0;» n&apos;est pas absolu</translation>
    </message>
    <message>
        <source>the path may not contain &apos;#&apos; (it separates the path from the key)</source>
        <translation>le chemin ne doit pas contenir «&#xa0;#&#xa0;» (ce caractère sépare le chemin de la clé)</translation>
    </message>
    <message>
        <source>after &apos;#&apos; comes a JSON pointer such as /auth/refresh_token (RFC 6901)</source>
        <translation>après «&#xa0;#&#xa0;» vient un pointeur JSON, par exemple /auth/refresh_token (RFC 6901)</translation>
    </message>
    <message>
        <source>after &apos;#&apos; comes the section, a dot, and the key, such as auth.refresh_token</source>
        <translation>après «&#xa0;#&#xa0;» viennent la section, un point et la clé, par exemple auth.refresh_token</translation>
    </message>
    <message>
        <source>after &apos;#&apos; comes a variable name of letters, digits and underscores</source>
        <translation>après «&#xa0;#&#xa0;» vient un nom de variable composé de lettres, de chiffres et de tirets bas</translation>
    </message>
    <message>
        <source>give the keyring service, a &apos;/&apos;, then the user name</source>
        <translation>indiquez le service du trousseau de clés, un «&#xa0;/&#xa0;», puis le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>the command line has an unmatched quote</source>
        <translation>la ligne de commande contient un guillemet sans guillemet de fermeture</translation>
    </message>
    <message>
        <source>give the program and its arguments</source>
        <translation>indiquez le programme et ses arguments</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an export target.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une cible d&apos;exportation.</translation>
    </message>
    <message>
        <source>Write it in one of these forms: {forms}.</source>
        <translation>Écrivez-la sous l&apos;une de ces formes&#xa0;: {forms}.</translation>
    </message>
    <message>
        <source>the path must be followed by &apos;#&apos; and the key to set</source>
        <translation>le chemin doit être suivi de «&#xa0;#&#xa0;» et de la clé à définir</translation>
    </message>
    <message>
        <source>The stored export target &apos;{text}&apos; does not start with &apos;refresh&apos; or &apos;access&apos;.</source>
        <translation>La cible d&apos;exportation enregistrée «&#xa0;{text}&#xa0;» ne commence pas par &apos;refresh&apos; ou &apos;access&apos;.</translation>
    </message>
    <message>
        <source>Remove it with &apos;oauth-setup export remove NAME&apos; and add it again.</source>
        <translation>Supprimez-la avec &apos;oauth-setup export remove NAME&apos; et ajoutez-la à nouveau.</translation>
    </message>
    <message>
        <source>Could not update {target}: there is no token to write.</source>
        <translation>Impossible de mettre à jour {target}&#xa0;: il n&apos;y a aucun jeton à écrire.</translation>
    </message>
    <message>
        <source>Could not update {target}: the token is not valid text.</source>
        <translation>Impossible de mettre à jour {target}&#xa0;: le jeton n&apos;est pas un texte valide.</translation>
    </message>
    <message>
        <source>Could not update {target}: there is no keyring on this computer.</source>
        <translation>Impossible de mettre à jour {target}&#xa0;: cet ordinateur n&apos;a pas de trousseau de clés.</translation>
    </message>
    <message>
        <source>Could not update {target}: the keyring is locked.</source>
        <translation>Impossible de mettre à jour {target}&#xa0;: le trousseau de clés est verrouillé.</translation>
    </message>
    <message>
        <source>Could not update {target}: the keyring refused it ({error}).</source>
        <translation>Impossible de mettre à jour {target}&#xa0;: le trousseau de clés a refusé ({error}).</translation>
    </message>
    <message>
        <source>Unlock the keyring, then run &apos;oauth-setup export retry NAME&apos;.</source>
        <translation>Déverrouillez le trousseau de clés, puis exécutez &apos;oauth-setup export retry NAME&apos;.</translation>
    </message>
    <message>
        <source>Run the command by hand to see what it says, then run &apos;oauth-setup export retry NAME&apos;.</source>
        <translation>Exécutez la commande vous-même pour voir ce qu&apos;elle affiche, puis exécutez &apos;oauth-setup export retry NAME&apos;.</translation>
    </message>
    <message>
        <source>Could not hand the token to {target}: the program {program} was not found.</source>
        <translation>Impossible de transmettre le jeton à {target}&#xa0;: le programme {program} est introuvable.</translation>
    </message>
    <message>
        <source>Could not hand the token to {target}: it could not be started ({error}).</source>
        <translation>Impossible de transmettre le jeton à {target}&#xa0;: le programme n&apos;a pas pu être démarré ({error}).</translation>
    </message>
    <message>
        <source>Could not hand the token to {target}: it did not finish within {seconds} seconds.</source>
        <translation>Impossible de transmettre le jeton à {target}&#xa0;: le programme ne s&apos;est pas terminé en {seconds} secondes.</translation>
    </message>
    <message>
        <source>Could not hand the token to {target}: it was stopped by signal {signal}.</source>
        <translation>Impossible de transmettre le jeton à {target}&#xa0;: le programme a été arrêté par le signal {signal}.</translation>
    </message>
    <message>
        <source>Could not hand the token to {target}: it ended with exit code {code}.</source>
        <translation>Impossible de transmettre le jeton à {target}&#xa0;: le programme s&apos;est terminé avec le code de sortie {code}.</translation>
    </message>
    <message>
        <source>Could not update {target}: the file {path} does not exist.</source>
        <translation>Impossible de mettre à jour {target}&#xa0;: le fichier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Check the path (the integration&apos;s own configuration file must already exist), or remove this target with &apos;oauth-setup export remove NAME&apos;.</source>
        <translation>Vérifiez le chemin (le fichier de configuration de l&apos;intégration doit déjà exister), ou supprimez cette cible avec &apos;oauth-setup export remove NAME&apos;.</translation>
    </message>
    <message>
        <source>symlink loop</source>
        <translation>boucle de liens symboliques</translation>
    </message>
    <message>
        <source>Could not update {target}: the file {path} cannot be reached ({reason}).</source>
        <translation>Impossible de mettre à jour {target}&#xa0;: le fichier {path} est inaccessible ({reason}).</translation>
    </message>
    <message>
        <source>Could not update {target}: {path} is not a regular file.</source>
        <translation>Impossible de mettre à jour {target}&#xa0;: {path} n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Could not update {target}: the file is not UTF-8 text.</source>
        <translation>Impossible de mettre à jour {target}&#xa0;: le fichier n&apos;est pas un texte UTF-8.</translation>
    </message>
    <message>
        <source>Save the file as UTF-8, then run &apos;oauth-setup export retry NAME&apos;.</source>
        <translation>Enregistrez le fichier en UTF-8, puis exécutez &apos;oauth-setup export retry NAME&apos;.</translation>
    </message>
    <message>
        <source>Could not update {target}: the file could not be read ({reason}).</source>
        <translation>Impossible de mettre à jour {target}&#xa0;: le fichier n&apos;a pas pu être lu ({reason}).</translation>
    </message>
    <message>
        <source>Could not update {target}: {reason}.</source>
        <translation>Impossible de mettre à jour {target}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Could not update {target}: the file could not be written in {folder} ({reason}).</source>
        <translation>Impossible de mettre à jour {target}&#xa0;: le fichier n&apos;a pas pu être écrit dans {folder} ({reason}).</translation>
    </message>
    <message>
        <source>Let this user create files in {folder}, then run &apos;oauth-setup export retry NAME&apos;.</source>
        <translation>Autorisez cet utilisateur à créer des fichiers dans {folder}, puis exécutez &apos;oauth-setup export retry NAME&apos;.</translation>
    </message>
    <message>
        <source>Could not update {target}: the token was written, but the file&apos;s owner could not be restored to user {user}, group {group} ({reason}).</source>
        <translation>Impossible de mettre à jour {target}&#xa0;: le jeton a été écrit, mais le propriétaire du fichier n&apos;a pas pu être rétabli (utilisateur {user}, groupe {group}) ({reason}).</translation>
    </message>
    <message>
        <source>Run the export as the file&apos;s owner, or run &apos;chown {user}:{group} {path}&apos;.</source>
        <translation>Lancez l&apos;exportation en tant que propriétaire du fichier, ou exécutez &apos;chown {user}:{group} {path}&apos;.</translation>
    </message>
    <message>
        <source>the token contains a line break, which this file format cannot hold</source>
        <translation>le jeton contient un saut de ligne, que ce format de fichier ne peut pas contenir</translation>
    </message>
    <message>
        <source>Fix the file, then run &apos;oauth-setup export retry NAME&apos;.</source>
        <translation>Corrigez le fichier, puis exécutez &apos;oauth-setup export retry NAME&apos;.</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line {line})</source>
        <translation>le fichier n&apos;est pas un JSON valide (ligne {line})</translation>
    </message>
    <message>
        <source>the file&apos;s JSON is nested too deeply to edit safely</source>
        <translation>le JSON du fichier est trop profondément imbriqué pour être modifié sans risque</translation>
    </message>
    <message>
        <source>the file&apos;s JSON could not be read</source>
        <translation>le JSON du fichier n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>there is no key {pointer} in the file</source>
        <translation>le fichier ne contient pas de clé {pointer}</translation>
    </message>
    <message>
        <source>{pointer} is a list and &apos;{part}&apos; is not a position in it</source>
        <translation>{pointer} est une liste et «&#xa0;{part}&#xa0;» n&apos;est pas une position de cette liste</translation>
    </message>
    <message>
        <source>the top level is a list and &apos;{part}&apos; is not a position in it</source>
        <translation>le niveau supérieur est une liste et «&#xa0;{part}&#xa0;» n&apos;est pas une position de cette liste</translation>
    </message>
    <message>
        <source>the list {pointer} has {count} items, so there is no position {position}</source>
        <translation>la liste {pointer} contient {count} éléments, il n&apos;y a donc pas de position {position}</translation>
    </message>
    <message>
        <source>the list at the top level has {count} items, so there is no position {position}</source>
        <translation>la liste du niveau supérieur contient {count} éléments, il n&apos;y a donc pas de position {position}</translation>
    </message>
    <message>
        <source>the value at {pointer} is not an object or a list</source>
        <translation>la valeur à {pointer} n&apos;est ni un objet ni une liste</translation>
    </message>
    <message>
        <source>the value at the top level is not an object or a list</source>
        <translation>la valeur du niveau supérieur n&apos;est ni un objet ni une liste</translation>
    </message>
    <message>
        <source>Check the pointer in the target (RFC 6901), or add the missing part to the file, then run &apos;oauth-setup export retry NAME&apos;.</source>
        <translation>Vérifiez le pointeur de la cible (RFC 6901), ou ajoutez la partie manquante au fichier, puis exécutez &apos;oauth-setup export retry NAME&apos;.</translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>the file {path} (readable only by you, not encrypted)</source>
        <translation>le fichier {path} (lisible uniquement par vous, non chiffré)</translation>
    </message>
    <message>
        <source>The secrets file {path} cannot be read.</source>
        <translation>Le fichier de secrets {path} ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>Found</name>
    <message>
        <source>Read {path} ({kind}):</source>
        <translation>Lecture de {path} ({kind}) :</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
    <message>
        <source>{label}: found ({count} characters, not shown)</source>
        <translation>{label} : trouvé ({count} caractères, non affiché)</translation>
    </message>
    <message>
        <source>This integration signs in with a stored password (the password grant).</source>
        <translation>Cette intégration se connecte avec un mot de passe enregistré (connexion par mot de passe, « password grant »).</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Guide — OAuth Setup Assistant</source>
        <translation>Guide — OAuth Setup Assistant</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>KeyringSecretStore</name>
    <message>
        <source>the system keyring ({backend}), under &apos;{service}&apos;</source>
        <translation>le trousseau de clés du système ({backend}), sous «&#xa0;{service}&#xa0;»</translation>
    </message>
    <message>
        <source>The system keyring could not be started.</source>
        <translation>Le trousseau de clés du système n&apos;a pas pu être démarré.</translation>
    </message>
    <message>
        <source>The system keyring is locked, and nobody answered the request to unlock it.</source>
        <translation>Le trousseau de clés du système est verrouillé et personne n&apos;a répondu à la demande de déverrouillage.</translation>
    </message>
    <message>
        <source>The system keyring is locked.</source>
        <translation>Le trousseau de clés du système est verrouillé.</translation>
    </message>
    <message>
        <source>The system keyring failed to read an entry ({error}).</source>
        <translation>Le trousseau de clés du système n&apos;a pas pu lire une entrée ({error}).</translation>
    </message>
    <message>
        <source>The system keyring failed to write an entry ({error}).</source>
        <translation>Le trousseau de clés du système n&apos;a pas pu écrire une entrée ({error}).</translation>
    </message>
    <message>
        <source>The system keyring failed to delete an entry ({error}).</source>
        <translation>Le trousseau de clés du système n&apos;a pas pu supprimer une entrée ({error}).</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>There is no &apos;{lang}&apos; translation. Choose one of: {choices}.</source>
        <translation>Il n&apos;existe pas de traduction &apos;{lang}&apos;. Choisissez parmi&#xa0;: {choices}.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>The sign-in &apos;{name}&apos; has no issuer address.</source>
        <translation>La connexion &apos;{name}&apos; n&apos;a pas d&apos;adresse d&apos;émetteur.</translation>
    </message>
</context>
<context>
    <name>LoginSession</name>
    <message>
        <source>No client secret is stored for &apos;{name}&apos;.</source>
        <translation>Aucun secret client n&apos;est enregistré pour &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Enter it again: &apos;oauth-setup profile add NAME … --client-secret-stdin&apos;.</source>
        <translation>Saisissez-le de nouveau&#xa0;: &apos;oauth-setup profile add NAME … --client-secret-stdin&apos;.</translation>
    </message>
    <message>
        <source>The sign-in answer was not processed.</source>
        <translation>La réponse de connexion n&apos;a pas été traitée.</translation>
    </message>
    <message>
        <source>The provider&apos;s identity token could not be read.</source>
        <translation>Le jeton d&apos;identité du fournisseur n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The identity token was issued by a different provider than the one asked.</source>
        <translation>Le jeton d&apos;identité a été émis par un autre fournisseur que celui qui a été interrogé.</translation>
    </message>
    <message>
        <source>The identity token was issued for a different client.</source>
        <translation>Le jeton d&apos;identité a été émis pour un autre client.</translation>
    </message>
    <message>
        <source>The identity token does not belong to this sign-in (nonce mismatch).</source>
        <translation>Le jeton d&apos;identité n&apos;appartient pas à cette connexion (nonce différent).</translation>
    </message>
</context>
<context>
    <name>LoginTask</name>
    <message>
        <source>Fix this, then try again.</source>
        <translation>Corrigez ce problème, puis réessayez.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in this app.</source>
        <translation>La connexion a été annulée dans cette application.</translation>
    </message>
</context>
<context>
    <name>Loopback</name>
    <message>
        <source>This address only accepts the sign-in answer this app is waiting for.</source>
        <translation>Cette adresse n&apos;accepte que la réponse de connexion attendue par cette application.</translation>
    </message>
    <message>
        <source>This request is not one this app understands.</source>
        <translation>Cette application ne comprend pas cette demande.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Requête incorrecte</translation>
    </message>
    <message>
        <source>{program} (process {pid})</source>
        <translation>{program} (processus {pid})</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>un programme</translation>
    </message>
</context>
<context>
    <name>LoopbackReceiver</name>
    <message>
        <source>Nobody finished signing in.</source>
        <translation>Personne n&apos;a terminé la connexion.</translation>
    </message>
    <message>
        <source>Nobody finished signing in within {seconds} second.</source>
        <translation>Personne n&apos;a terminé la connexion en {seconds} seconde.</translation>
    </message>
    <message>
        <source>Nobody finished signing in within {seconds} seconds.</source>
        <translation>Personne n&apos;a terminé la connexion en {seconds} secondes.</translation>
    </message>
    <message>
        <source>An answer for a different or older sign-in arrived and was ignored.</source>
        <translation>Une réponse destinée à une autre connexion, ou à une connexion plus ancienne, est arrivée et a été ignorée.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in this app.</source>
        <translation>La connexion a été annulée dans cette application.</translation>
    </message>
    <message>
        <source>The sign-in was stopped before an answer arrived.</source>
        <translation>La connexion a été arrêtée avant l&apos;arrivée d&apos;une réponse.</translation>
    </message>
    <message>
        <source>Port {port} on this computer is already in use by {holder}, so this app cannot receive the sign-in answer there.</source>
        <translation>Le port {port} de cet ordinateur est déjà utilisé par {holder}&#xa0;: cette application ne peut donc pas y recevoir la réponse de connexion.</translation>
    </message>
    <message>
        <source>This computer does not let the app use port {port} for the sign-in answer.</source>
        <translation>Cet ordinateur n&apos;autorise pas l&apos;application à utiliser le port {port} pour la réponse de connexion.</translation>
    </message>
    <message>
        <source>Register a redirect address with a port above 1024 with the provider.</source>
        <translation>Enregistrez auprès du fournisseur une adresse de redirection avec un port supérieur à 1024.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>The app could not listen on {host} port {port} ({error}).</source>
        <translation>L&apos;application n&apos;a pas pu écouter sur {host}, port {port} ({error}).</translation>
    </message>
    <message>
        <source>The app stopped listening for the sign-in answer because of an internal error.</source>
        <translation>L&apos;application a cessé d&apos;attendre la réponse de connexion à cause d&apos;une erreur interne.</translation>
    </message>
    <message>
        <source>Request took too long</source>
        <translation>Délai de la requête dépassé</translation>
    </message>
    <message>
        <source>The request did not arrive in time, so the connection was closed.</source>
        <translation>La requête n&apos;est pas arrivée à temps&#xa0;: la connexion a donc été fermée.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Requête trop volumineuse</translation>
    </message>
    <message>
        <source>The request was larger than this address accepts.</source>
        <translation>La requête dépassait la taille acceptée par cette adresse.</translation>
    </message>
    <message>
        <source>The app could not check the sign-in answer because of an internal error.</source>
        <translation>L&apos;application n&apos;a pas pu vérifier la réponse de connexion à cause d&apos;une erreur interne.</translation>
    </message>
    <message>
        <source>Sign-in answer already received</source>
        <translation>Réponse de connexion déjà reçue</translation>
    </message>
    <message>
        <source>This app already received the sign-in answer. You can close this tab.</source>
        <translation>Cette application a déjà reçu la réponse de connexion. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Mauvaise adresse</translation>
    </message>
    <message>
        <source>This request was not addressed to this computer&apos;s sign-in address.</source>
        <translation>Cette requête n&apos;était pas destinée à l&apos;adresse de connexion de cet ordinateur.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Méthode non autorisée</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>Page introuvable</translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation>Il n&apos;y a rien à cette adresse.</translation>
    </message>
    <message>
        <source>The answer repeats a parameter.</source>
        <translation>La réponse contient un paramètre en double.</translation>
    </message>
    <message>
        <source>Not the sign-in this app is waiting for</source>
        <translation>Ce n&apos;est pas la connexion attendue par cette application</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in this app started, so it was ignored.</source>
        <translation>Cette réponse ne correspond pas à la connexion lancée par cette application&#xa0;: elle a donc été ignorée.</translation>
    </message>
    <message>
        <source>Sign-in did not finish</source>
        <translation>La connexion n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion réussie</translation>
    </message>
    <message>
        <source>You are signed in. You can close this tab and return to {app}.</source>
        <translation>Vous êtes connecté. Vous pouvez fermer cet onglet et revenir à {app}.</translation>
    </message>
    <message>
        <source>The provider answered “{error}”. It said: {description}</source>
        <translation>Le fournisseur a répondu «&#xa0;{error}&#xa0;». Il a indiqué&#xa0;: {description}</translation>
    </message>
    <message>
        <source>The provider answered “{error}”.</source>
        <translation>Le fournisseur a répondu «&#xa0;{error}&#xa0;».</translation>
    </message>
    <message>
        <source>The answer contained neither an authorization code nor an error.</source>
        <translation>La réponse ne contenait ni code d&apos;autorisation ni erreur.</translation>
    </message>
    <message>
        <source>Return to {app} to see what to do next.</source>
        <translation>Revenez à {app} pour savoir quoi faire ensuite.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside the app.</source>
        <translation>Un problème inattendu s&apos;est produit dans l&apos;application.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, restart the app.</source>
        <translation>Réessayez. Si le problème persiste, redémarrez l&apos;application.</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>How to sign in</source>
        <translation>Mode de connexion</translation>
    </message>
    <message>
        <source>Choose where the provider&apos;s sign-in page opens.</source>
        <translation>Choisissez où s&apos;ouvre la page de connexion du fournisseur.</translation>
    </message>
    <message>
        <source>Your usual &amp;web browser (recommended)</source>
        <translation>Votre &amp;navigateur web habituel (recommandé)</translation>
    </message>
    <message>
        <source>Sign in with your usual web browser</source>
        <translation>Se connecter avec votre navigateur web habituel</translation>
    </message>
    <message>
        <source>A &amp;browser window inside this app</source>
        <translation>Une &amp;fenêtre de navigateur dans l&apos;application</translation>
    </message>
    <message>
        <source>Sign in with a browser window inside this app</source>
        <translation>Se connecter avec une fenêtre de navigateur dans l&apos;application</translation>
    </message>
    <message>
        <source>On &amp;another device, with a code</source>
        <translation>Sur un &amp;autre appareil, avec un code</translation>
    </message>
    <message>
        <source>Sign in on another device with a code</source>
        <translation>Se connecter sur un autre appareil avec un code</translation>
    </message>
    <message>
        <source>Safest: you sign in where you always do, the app never sees your password, and a sign-in you already have there (including single sign-on) can be used.</source>
        <translation>Le plus sûr&#xa0;: vous vous connectez là où vous le faites d&apos;habitude, l&apos;application ne voit jamais votre mot de passe, et une connexion déjà ouverte dans ce navigateur (y compris l&apos;authentification unique, SSO) peut être utilisée.</translation>
    </message>
    <message>
        <source>For computers where no usual browser can be opened. Less safe: you type your password into a window of this app, so only use it if you trust this computer.</source>
        <translation>Pour les ordinateurs où aucun navigateur habituel ne peut être ouvert. Moins sûr&#xa0;: vous saisissez votre mot de passe dans une fenêtre de cette application&#xa0;; ne l&apos;utilisez donc que si vous faites confiance à cet ordinateur.</translation>
    </message>
    <message>
        <source>For computers where no browser can come back to this app: you get a short code and an address, and sign in on your phone or any other computer.</source>
        <translation>Pour les ordinateurs où aucun navigateur ne peut revenir vers cette application&#xa0;: vous recevez un code court et une adresse, et vous vous connectez sur votre téléphone ou sur un autre ordinateur.</translation>
    </message>
    <message>
        <source>Not available: your IT department allows only the usual web browser for this provider.</source>
        <translation>Non disponible&#xa0;: votre service informatique n&apos;autorise que le navigateur web habituel pour ce fournisseur.</translation>
    </message>
    <message>
        <source>Not available: {reason}</source>
        <translation>Non disponible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Not available: this provider does not offer it.</source>
        <translation>Non disponible&#xa0;: ce fournisseur ne le propose pas.</translation>
    </message>
</context>
<context>
    <name>Migrate</name>
    <message>
        <source>username</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>grant type</source>
        <translation>type d&apos;autorisation (grant type)</translation>
    </message>
    <message>
        <source>token url</source>
        <translation>adresse des jetons</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>émetteur</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secret client</translation>
    </message>
    <message>
        <source>This sign-in is for a person: someone signs in once in a browser, and the app keeps the integration signed in as them. A system account that no person can sign in with does not fit it. GoTo: password sign-in keeps working for existing clients until GoTo publishes a migration path for system accounts, so leave this integration as it is for now. Other providers: ask for a service account or the client credentials grant for this integration.</source>
        <translation>Ce type de connexion est prévu pour une personne : quelqu&apos;un se connecte une fois dans un navigateur, puis l&apos;application maintient l&apos;intégration connectée en son nom. Il ne convient pas à un compte système avec lequel aucune personne ne peut se connecter. GoTo : la connexion par mot de passe continue de fonctionner pour les clients existants jusqu&apos;à ce que GoTo publie une solution de migration pour les comptes système ; laissez donc cette intégration telle quelle pour l&apos;instant. Autres fournisseurs : demandez un compte de service ou l&apos;autorisation « client credentials » pour cette intégration.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({error}).</source>
        <translation>Le fichier {path} ne peut pas être lu ({error}).</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>No stored password was found in {path}.</source>
        <translation>Aucun mot de passe enregistré n&apos;a été trouvé dans {path}.</translation>
    </message>
    <message>
        <source>Choose the file where the integration keeps its user name and password.</source>
        <translation>Choisissez le fichier dans lequel l&apos;intégration conserve son nom d&apos;utilisateur et son mot de passe.</translation>
    </message>
    <message>
        <source>The file {path} is not valid JSON ({error}).</source>
        <translation>Le fichier {path} n&apos;est pas un fichier JSON valide ({error}).</translation>
    </message>
    <message>
        <source>The file {path} is not a valid INI file ({error}).</source>
        <translation>Le fichier {path} n&apos;est pas un fichier INI valide ({error}).</translation>
    </message>
</context>
<context>
    <name>MigratePage</name>
    <message>
        <source>An integration that signs in with a password</source>
        <translation>Une intégration qui se connecte avec un mot de passe</translation>
    </message>
    <message>
        <source>Choose the file where the integration keeps its user name and password. It is only read now: nothing in it changes until you have signed in and agreed.</source>
        <translation>Choisissez le fichier dans lequel l&apos;intégration conserve son nom d&apos;utilisateur et son mot de passe. Il est seulement lu pour l&apos;instant&#xa0;: rien n&apos;y est modifié tant que vous ne vous êtes pas connecté et n&apos;avez pas donné votre accord.</translation>
    </message>
    <message>
        <source>Settings file of the integration</source>
        <translation>Fichier de paramètres de l&apos;intégration</translation>
    </message>
    <message>
        <source>For example /etc/crm-sync/settings.json</source>
        <translation>Par exemple /etc/crm-sync/settings.json</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>C&amp;hoisir un fichier…</translation>
    </message>
    <message>
        <source>Choose the settings file</source>
        <translation>Choisir le fichier de paramètres</translation>
    </message>
    <message>
        <source>&amp;Settings file (JSON, INI or .env):</source>
        <translation>&amp;Fichier de paramètres (JSON, INI ou .env)&#xa0;:</translation>
    </message>
    <message>
        <source>What was found in the file</source>
        <translation>Ce qui a été trouvé dans le fichier</translation>
    </message>
    <message>
        <source>Who signs in with this account?</source>
        <translation>Qui se connecte avec ce compte&#xa0;?</translation>
    </message>
    <message>
        <source>A &amp;person: someone who can sign in with it in a web browser</source>
        <translation>Une p&amp;ersonne&#xa0;: quelqu&apos;un qui peut se connecter avec ce compte dans un navigateur web</translation>
    </message>
    <message>
        <source>A s&amp;ystem account: no person signs in with it</source>
        <translation>Un compte s&amp;ystème&#xa0;: personne ne se connecte avec</translation>
    </message>
    <message>
        <source>A person signs in with this account</source>
        <translation>Une personne se connecte avec ce compte</translation>
    </message>
    <message>
        <source>It is a system account</source>
        <translation>C&apos;est un compte système</translation>
    </message>
    <message>
        <source>Settings files (*.json *.ini *.cfg *.conf *.env);;All files (*)</source>
        <translation>Fichiers de paramètres (*.json *.ini *.cfg *.conf *.env);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <source>{name} needs you to sign in again</source>
        <translation>{name} : reconnexion nécessaire</translation>
    </message>
    <message>
        <source>Click to sign in again.</source>
        <translation>Cliquez pour vous reconnecter.</translation>
    </message>
    <message>
        <source>Sign-in for {name} expires today</source>
        <translation>La connexion {name} expire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Sign-in for {name} expires in {days} day</source>
        <translation>La connexion {name} expire dans {days} jour</translation>
    </message>
    <message>
        <source>Sign-in for {name} expires in {days} days</source>
        <translation>La connexion {name} expire dans {days} jours</translation>
    </message>
    <message>
        <source>Renew now: sign in again before it runs out.</source>
        <translation>Renouvelez-la maintenant : reconnectez-vous avant qu&apos;elle n&apos;expire.</translation>
    </message>
</context>
<context>
    <name>MonitorApp</name>
    <message>
        <source>Open status window</source>
        <translation>Ouvrir la fenêtre d&apos;état</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>OAuth Setup Assistant — keeping your sign-ins fresh</source>
        <translation>OAuth Setup Assistant — maintient vos connexions à jour</translation>
    </message>
    <message>
        <source>The last check did not finish.</source>
        <translation>La dernière vérification n&apos;a pas abouti.</translation>
    </message>
    <message>
        <source>Last check: just now.</source>
        <translation>Dernière vérification : à l&apos;instant.</translation>
    </message>
    <message>
        <source>Next check {when}.</source>
        <translation>Prochaine vérification {when}.</translation>
    </message>
    <message>
        <source>OAuth Setup Assistant — the last check did not finish</source>
        <translation>OAuth Setup Assistant — la dernière vérification n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
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
        <translation>OAuth Setup Assistant maintient vos connexions à jour.</translation>
    </message>
    <message>
        <source>It renews them in the background before they run out, and tells you here when someone needs to sign in again. Keep this window open (you may minimize it): closing it stops the renewals.</source>
        <translation>Il les renouvelle en arrière-plan avant leur expiration et vous indique ici quand quelqu&apos;un doit se reconnecter. Gardez cette fenêtre ouverte (vous pouvez la réduire)&#xa0;: la fermer arrête les renouvellements.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>&lt;b&gt;Messages&lt;/b&gt;</source>
        <translation>&lt;b&gt;Messages&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No messages: every sign-in is fine.</source>
        <translation>Aucun message&#xa0;: toutes les connexions fonctionnent.</translation>
    </message>
    <message>
        <source>No messages</source>
        <translation>Aucun message</translation>
    </message>
    <message>
        <source>Open status window</source>
        <translation>Ouvrir la fenêtre d&apos;état</translation>
    </message>
    <message>
        <source>Open the status window</source>
        <translation>Ouvrir la fenêtre d&apos;état</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Check all sign-ins now</source>
        <translation>Vérifier toutes les connexions maintenant</translation>
    </message>
</context>
<context>
    <name>NotificationRow</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Sign in again: {name}</source>
        <translation>Se reconnecter&#xa0;: {name}</translation>
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
        <translation>Service de connexion de GoTo. GoTo ne publie pas de document de découverte&#xa0;: ses adresses sont donc intégrées à l&apos;application.</translation>
    </message>
    <message>
        <source>GoTo Developer Center → OAuth Clients → your client → Redirect URIs</source>
        <translation>GoTo Developer Center → OAuth Clients → votre client → Redirect URIs</translation>
    </message>
    <message>
        <source>Another provider (by its issuer address)</source>
        <translation>Un autre fournisseur (par son adresse de l&apos;émetteur)</translation>
    </message>
    <message>
        <source>Okta, Microsoft Entra ID, Keycloak, Salesforce and most others publish their settings at an issuer address.</source>
        <translation>Okta, Microsoft Entra ID, Keycloak, Salesforce et la plupart des autres publient leurs paramètres à une adresse de l&apos;émetteur.</translation>
    </message>
    <message>
        <source>your provider&apos;s admin or developer portal, in the client&apos;s list of redirect (callback) addresses</source>
        <translation>le portail d&apos;administration ou le portail développeur de votre fournisseur, dans la liste des adresses de redirection (callback) du client</translation>
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
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <source>Provider unreachable</source>
        <translation>Fournisseur injoignable</translation>
    </message>
    <message>
        <source>The last renewal could not reach the provider. The sign-in itself is probably still fine: the app tries again by itself.</source>
        <translation>Le dernier renouvellement n&apos;a pas pu joindre le fournisseur. La connexion elle-même est probablement toujours valable&#xa0;: l&apos;application réessaie d&apos;elle-même.</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} jour</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{n} second</source>
        <translation>{n} seconde</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} secondes</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>Last renewal: none since signing in.</source>
        <translation>Dernier renouvellement&#xa0;: aucun depuis la connexion.</translation>
    </message>
    <message>
        <source>Last renewal: {when} — worked</source>
        <translation>Dernier renouvellement&#xa0;: {when} — réussi</translation>
    </message>
    <message>
        <source>Last renewal: {when} — failed: no reason given</source>
        <translation>Dernier renouvellement&#xa0;: {when} — échec, sans raison indiquée</translation>
    </message>
    <message>
        <source>Last renewal: {when} — failed: {reason}</source>
        <translation>Dernier renouvellement&#xa0;: {when} — échec&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>pas encore écrit</translation>
    </message>
    <message>
        <source>✔ written</source>
        <translation>✔ écrit</translation>
    </message>
    <message>
        <source>✔ written {when}</source>
        <translation>✔ écrit {when}</translation>
    </message>
    <message>
        <source>✘ failed: {message}</source>
        <translation>✘ échec&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Sign in again: {name} — OAuth Setup Assistant</source>
        <translation>Se reconnecter&#xa0;: {name} — OAuth Setup Assistant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>Nom de la connexion</translation>
    </message>
    <message>
        <source>Reading the sign-in…</source>
        <translation>Lecture de la connexion…</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>Access token expiry</source>
        <translation>Expiration du jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Refresh token expiry</source>
        <translation>Expiration du jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>Last renewal</source>
        <translation>Dernier renouvellement</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Where the token is sent</source>
        <translation>Où le jeton est envoyé</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Renew the access token now, to check that the sign-in still works.</source>
        <translation>Renouveler maintenant le jeton d&apos;accès, pour vérifier que la connexion fonctionne toujours.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Open the provider&apos;s sign-in page to renew this sign-in.</source>
        <translation>Ouvrir la page de connexion du fournisseur pour renouveler cette connexion.</translation>
    </message>
    <message>
        <source>Copy access token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <source>Put a valid access token on the clipboard, for pasting into a program by hand. The clipboard is cleared after {duration}.</source>
        <translation>Placer un jeton d&apos;accès valide dans le presse-papiers, pour le coller à la main dans un programme. Le presse-papiers est vidé après {duration}.</translation>
    </message>
    <message>
        <source>Add export target…</source>
        <translation>Ajouter une cible…</translation>
    </message>
    <message>
        <source>Have the app write the token into an integration&apos;s settings.</source>
        <translation>Faire écrire le jeton par l&apos;application dans les paramètres d&apos;une intégration.</translation>
    </message>
    <message>
        <source>Remove sign-in</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Cancel the tokens at the provider and delete this sign-in here.</source>
        <translation>Annuler les jetons auprès du fournisseur et supprimer cette connexion ici.</translation>
    </message>
    <message>
        <source>Refresh now: {name}</source>
        <translation>Renouveler&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Sign in again: {name}</source>
        <translation>Se reconnecter&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Copy access token: {name}</source>
        <translation>Copier le jeton d&apos;accès&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Add export target: {name}</source>
        <translation>Ajouter une cible d&apos;export&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Remove sign-in: {name}</source>
        <translation>Supprimer la connexion&#xa0;: {name}</translation>
    </message>
    <message>
        <source>The state of this sign-in could not be read.</source>
        <translation>L&apos;état de cette connexion n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Signed in as {who}</source>
        <translation>Connecté en tant que {who}</translation>
    </message>
    <message>
        <source>The provider did not say who signed in.</source>
        <translation>Le fournisseur n&apos;a pas indiqué qui s&apos;est connecté.</translation>
    </message>
    <message>
        <source>Permissions (scopes): {scopes}</source>
        <translation>Autorisations (scopes)&#xa0;: {scopes}</translation>
    </message>
    <message>
        <source>Permissions: none asked for.</source>
        <translation>Autorisations&#xa0;: aucune demandée.</translation>
    </message>
    <message>
        <source>What the integration may do with this sign-in, as the provider names it.</source>
        <translation>Ce que l&apos;intégration a le droit de faire avec cette connexion, sous les noms utilisés par le fournisseur.</translation>
    </message>
    <message>
        <source>No access token is stored.</source>
        <translation>Aucun jeton d&apos;accès n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Access token: the provider did not say when it expires.</source>
        <translation>Jeton d&apos;accès&#xa0;: le fournisseur n&apos;a pas indiqué quand il expire.</translation>
    </message>
    <message>
        <source>Access token expires in {duration}</source>
        <translation>Le jeton d&apos;accès expire dans {duration}</translation>
    </message>
    <message>
        <source>Access token expired {duration} ago — a new one is fetched automatically when needed</source>
        <translation>Le jeton d&apos;accès a expiré il y a {duration} — un nouveau jeton est obtenu automatiquement si nécessaire</translation>
    </message>
    <message>
        <source>Access token expired {duration} ago</source>
        <translation>Le jeton d&apos;accès a expiré il y a {duration}</translation>
    </message>
    <message>
        <source>No refresh token: someone must sign in again when the access token expires.</source>
        <translation>Pas de jeton d&apos;actualisation&#xa0;: quelqu&apos;un devra se reconnecter quand le jeton d&apos;accès expirera.</translation>
    </message>
    <message>
        <source>No refresh token is stored.</source>
        <translation>Aucun jeton d&apos;actualisation n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Refresh token expires: not told by the provider</source>
        <translation>Expiration du jeton d&apos;actualisation&#xa0;: non communiquée par le fournisseur</translation>
    </message>
    <message>
        <source>Refresh token expired {when}</source>
        <translation>Le jeton d&apos;actualisation a expiré {when}</translation>
    </message>
    <message>
        <source>Refresh token expires {when} (estimated)</source>
        <translation>Le jeton d&apos;actualisation expire {when} (estimation)</translation>
    </message>
    <message>
        <source>Refresh token expires {when}</source>
        <translation>Le jeton d&apos;actualisation expire {when}</translation>
    </message>
    <message>
        <source>The provider gave no refresh token, so the app cannot renew this sign-in by itself.</source>
        <translation>Le fournisseur n&apos;a pas fourni de jeton d&apos;actualisation&#xa0;: l&apos;application ne peut donc pas renouveler cette connexion d&apos;elle-même.</translation>
    </message>
    <message>
        <source>The provider said when this refresh token runs out: {until}.</source>
        <translation>Le fournisseur a indiqué quand ce jeton d&apos;actualisation expire&#xa0;: {until}.</translation>
    </message>
    <message>
        <source>Estimated: the provider does not say when its refresh tokens run out, but they usually last {lifetime}. This one was issued {issued}, so it should last until {until}. Only a successful renewal proves it still works.</source>
        <translation>Estimation&#xa0;: le fournisseur n&apos;indique pas quand ses jetons d&apos;actualisation expirent, mais ils durent en général {lifetime}. Celui-ci a été émis {issued}&#xa0;; il devrait donc rester valable jusqu&apos;au {until}. Seul un renouvellement réussi prouve qu&apos;il fonctionne encore.</translation>
    </message>
    <message>
        <source>The provider does not say how long its refresh tokens last, and there is no usual lifetime to estimate from. Only a successful renewal proves the sign-in still works (the app renews it at least once a day).</source>
        <translation>Le fournisseur n&apos;indique pas combien de temps durent ses jetons d&apos;actualisation, et aucune durée habituelle ne permet de l&apos;estimer. Seul un renouvellement réussi prouve que la connexion fonctionne encore (l&apos;application la renouvelle au moins une fois par jour).</translation>
    </message>
    <message>
        <source>The token is not written anywhere else. Integrations can get it with &apos;oauth-setup token {name}&apos;, or use Add export target…</source>
        <translation>Le jeton n&apos;est écrit nulle part ailleurs. Les intégrations peuvent l&apos;obtenir avec &apos;oauth-setup token {name}&apos;, ou vous pouvez utiliser «&#xa0;Ajouter une cible…&#xa0;».</translation>
    </message>
    <message>
        <source>On every change, the app writes the token to:</source>
        <translation>À chaque changement, l&apos;application écrit le jeton dans&#xa0;:</translation>
    </message>
    <message>
        <source>Renewing…</source>
        <translation>Renouvellement…</translation>
    </message>
    <message>
        <source>Getting a valid access token…</source>
        <translation>Obtention d&apos;un jeton d&apos;accès valide…</translation>
    </message>
    <message>
        <source>Writing the token to the new target…</source>
        <translation>Écriture du jeton dans la nouvelle cible…</translation>
    </message>
    <message>
        <source>Stop writing the token of &apos;{name}&apos; to {target}?</source>
        <translation>Arrêter d&apos;écrire le jeton de &apos;{name}&apos; dans {target}&#xa0;?</translation>
    </message>
    <message>
        <source>What is already there stays as it is, but it will not be updated any more: the integration that reads it stops working once that token runs out.</source>
        <translation>Ce qui s&apos;y trouve déjà reste tel quel, mais ne sera plus mis à jour&#xa0;: l&apos;intégration qui le lit cessera de fonctionner dès que ce jeton expirera.</translation>
    </message>
    <message>
        <source>Stop sending the token</source>
        <translation>Arrêter l&apos;envoi du jeton</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Arrêter l&apos;envoi</translation>
    </message>
    <message>
        <source>The token is no longer written to {target}.</source>
        <translation>Le jeton n&apos;est plus écrit dans {target}.</translation>
    </message>
    <message>
        <source>The app asks {provider} to cancel its tokens, then deletes them and this sign-in&apos;s settings from this computer. Integrations that use it stop working until someone adds the sign-in again.</source>
        <translation>L&apos;application demande à {provider} d&apos;annuler ses jetons, puis les supprime de cet ordinateur, avec les paramètres de cette connexion. Les intégrations qui l&apos;utilisent cesseront de fonctionner jusqu&apos;à ce que quelqu&apos;un ajoute de nouveau la connexion.</translation>
    </message>
    <message>
        <source>The app asks the provider to cancel its tokens, then deletes them and this sign-in&apos;s settings from this computer. Integrations that use it stop working until someone adds the sign-in again.</source>
        <translation>L&apos;application demande au fournisseur d&apos;annuler ses jetons, puis les supprime de cet ordinateur, avec les paramètres de cette connexion. Les intégrations qui l&apos;utilisent cesseront de fonctionner jusqu&apos;à ce que quelqu&apos;un ajoute de nouveau la connexion.</translation>
    </message>
    <message>
        <source>Remove the sign-in &apos;{name}&apos;?</source>
        <translation>Supprimer la connexion &apos;{name}&apos;&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing was deleted: the sign-in still works. Check this computer&apos;s internet connection and try again later.</source>
        <translation>Rien n&apos;a été supprimé&#xa0;: la connexion fonctionne toujours. Vérifiez l&apos;accès à Internet de cet ordinateur et réessayez plus tard.</translation>
    </message>
    <message>
        <source>Cancelling the tokens at the provider…</source>
        <translation>Annulation des jetons auprès du fournisseur…</translation>
    </message>
    <message>
        <source>✔ Renewed just now.</source>
        <translation>✔ Renouvelé à l&apos;instant.</translation>
    </message>
    <message>
        <source>The new access token lasts until {until}.</source>
        <translation>Le nouveau jeton d&apos;accès est valable jusqu&apos;au {until}.</translation>
    </message>
    <message>
        <source>Copied — the clipboard is cleared in {duration}</source>
        <translation>Copié — le presse-papiers sera vidé dans {duration}</translation>
    </message>
    <message>
        <source>The renewal did not work.</source>
        <translation>Le renouvellement n&apos;a pas fonctionné.</translation>
    </message>
    <message>
        <source>No access token could be copied.</source>
        <translation>Aucun jeton d&apos;accès n&apos;a pu être copié.</translation>
    </message>
    <message>
        <source>The token could not be written to the new target.</source>
        <translation>Le jeton n&apos;a pas pu être écrit dans la nouvelle cible.</translation>
    </message>
    <message>
        <source>The sign-in was not removed.</source>
        <translation>La connexion n&apos;a pas été supprimée.</translation>
    </message>
    <message>
        <source>The target is saved. The token is written there as soon as this sign-in has one (after signing in).</source>
        <translation>La cible est enregistrée. Le jeton y sera écrit dès que cette connexion en aura un (une fois la connexion effectuée).</translation>
    </message>
    <message>
        <source>✔ The token was written to {target}.</source>
        <translation>✔ Le jeton a été écrit dans {target}.</translation>
    </message>
    <message>
        <source>✘ Writing to {target} failed: {message}</source>
        <translation>✘ L&apos;écriture dans {target} a échoué&#xa0;: {message}</translation>
    </message>
    <message>
        <source>The app tries again on every check. Fix the problem, or remove the target.</source>
        <translation>L&apos;application réessaie à chaque vérification. Corrigez le problème, ou supprimez la cible.</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>There is no provider preset called &apos;{preset}&apos;.</source>
        <translation>Il n&apos;existe pas de préréglage de fournisseur nommé &apos;{preset}&apos;.</translation>
    </message>
    <message>
        <source>Known presets: {presets}.</source>
        <translation>Préréglages connus&#xa0;: {presets}.</translation>
    </message>
    <message>
        <source>There is no sign-in called &apos;{name}&apos;.</source>
        <translation>Il n&apos;existe pas de connexion nommée &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>{path}: &apos;profile&apos; must be a table of sign-ins.</source>
        <translation>{path}&#xa0;: &apos;profile&apos; doit être une table de connexions.</translation>
    </message>
    <message>
        <source>{path}: the sign-in &apos;{name}&apos; is not a table.</source>
        <translation>{path}&#xa0;: la connexion &apos;{name}&apos; n&apos;est pas une table.</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>&apos;{name}&apos; cannot be used as a name.</source>
        <translation>&apos;{name}&apos; ne peut pas servir de nom.</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Utilisez de 1 à 64 lettres, chiffres, points, tirets ou traits de soulignement, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {error}.</source>
        <translation>Le fichier {path} ne peut pas être lu&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened ({error}).</source>
        <translation>Le fichier {path} ne peut pas être ouvert ({error}).</translation>
    </message>
    <message>
        <source>Fix or remove that file.</source>
        <translation>Corrigez ou supprimez ce fichier.</translation>
    </message>
    <message>
        <source>{path}: the sign-in &apos;{name}&apos; has unknown settings: {settings}.</source>
        <translation>{path}&#xa0;: la connexion &apos;{name}&apos; contient des paramètres inconnus&#xa0;: {settings}.</translation>
    </message>
    <message>
        <source>{path}: &apos;exports&apos; of the sign-in &apos;{name}&apos; must be a list of texts.</source>
        <translation>{path}&#xa0;: &apos;exports&apos; de la connexion &apos;{name}&apos; doit être une liste de textes.</translation>
    </message>
    <message>
        <source>{path}: the setting &apos;{key}&apos; of the sign-in &apos;{name}&apos; must be {kind}.</source>
        <translation>{path}&#xa0;: le paramètre &apos;{key}&apos; de la connexion &apos;{name}&apos; doit être {kind}.</translation>
    </message>
    <message>
        <source>Fix that file, or remove the sign-in and add it again.</source>
        <translation>Corrigez ce fichier, ou supprimez la connexion et ajoutez-la de nouveau.</translation>
    </message>
    <message>
        <source>{path}: expected one or more [[preset]] tables.</source>
        <translation>{path}&#xa0;: une ou plusieurs tables [[preset]] étaient attendues.</translation>
    </message>
    <message>
        <source>{path}: every [[preset]] must be a table.</source>
        <translation>{path}&#xa0;: chaque [[preset]] doit être une table.</translation>
    </message>
    <message>
        <source>{file}: a preset file must not hold a client secret.</source>
        <translation>{file}&#xa0;: un fichier de préréglages ne doit pas contenir de secret client.</translation>
    </message>
    <message>
        <source>Remove it: use a public client with PKCE, or let the admin type the secret in the app.</source>
        <translation>Retirez-le&#xa0;: utilisez un client public avec PKCE, ou laissez l&apos;administrateur saisir le secret dans l&apos;application.</translation>
    </message>
    <message>
        <source>{path}: every preset needs an &apos;id&apos; and a &apos;title&apos;.</source>
        <translation>{path}&#xa0;: chaque préréglage doit avoir un &apos;id&apos; et un &apos;title&apos;.</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>une liste de textes</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>{file}: unknown preset settings: {settings}.</source>
        <translation>{file}&#xa0;: paramètres de préréglage inconnus&#xa0;: {settings}.</translation>
    </message>
    <message>
        <source>{file}: &apos;{key}&apos; must be {kind}.</source>
        <translation>{file}&#xa0;: &apos;{key}&apos; doit être {kind}.</translation>
    </message>
    <message>
        <source>{path}, line {line}</source>
        <translation>{path}, ligne {line}</translation>
    </message>
    <message>
        <source>{path}: &apos;{key}&apos; must be a list of words.</source>
        <translation>{path}&#xa0;: &apos;{key}&apos; doit être une liste de mots.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Support report</source>
        <translation>Rapport pour le support</translation>
    </message>
    <message>
        <source>Send this report to your help desk when something does not work. It lists versions, your sign-ins&apos; settings and states and the readiness check, but never a token, password or secret.</source>
        <translation>Envoyez ce rapport à votre support lorsque quelque chose ne fonctionne pas. Il contient les versions, les paramètres et l&apos;état de vos connexions et la vérification préalable, mais jamais de jeton, de mot de passe ni de secret.</translation>
    </message>
    <message>
        <source>Preparing the report (the readiness check asks each provider)…</source>
        <translation>Préparation du rapport (la vérification préalable interroge chaque fournisseur)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save the report to a file</source>
        <translation>Enregistrer le rapport dans un fichier</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Save the support report</source>
        <translation>Enregistrer le rapport pour le support</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to {file} ({reason}).</source>
        <translation>Le rapport n&apos;a pas pu être enregistré dans {file} ({reason}).</translation>
    </message>
</context>
<context>
    <name>Revoke</name>
    <message>
        <source>&apos;{name}&apos; was not signed in.</source>
        <translation>&apos;{name}&apos; n&apos;était pas connecté.</translation>
    </message>
    <message>
        <source>Signed out of &apos;{name}&apos;: the provider revoked its tokens and they were deleted here.</source>
        <translation>Déconnecté de &apos;{name}&apos; : le fournisseur a révoqué ses jetons et ils ont été supprimés ici.</translation>
    </message>
    <message>
        <source>Deleted the tokens of &apos;{name}&apos; here. The provider offers no way to revoke them: remove this app&apos;s access in your account settings at the provider.</source>
        <translation>Les jetons de &apos;{name}&apos; ont été supprimés ici. Le fournisseur ne permet pas de les révoquer : retirez l&apos;accès de cette application dans les paramètres de votre compte chez le fournisseur.</translation>
    </message>
    <message>
        <source>The tokens were kept. Try again later, or add --force to delete them here anyway.</source>
        <translation>Les jetons ont été conservés. Réessayez plus tard, ou ajoutez --force pour les supprimer ici malgré tout.</translation>
    </message>
    <message>
        <source>Deleted the tokens of &apos;{name}&apos; here, but the provider could not be told ({error}) Remove this app&apos;s access in your account settings at the provider.</source>
        <translation>Les jetons de &apos;{name}&apos; ont été supprimés ici, mais le fournisseur n&apos;a pas pu être prévenu ({error}). Retirez l&apos;accès de cette application dans les paramètres de votre compte chez le fournisseur.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>This computer has no system keyring this app can use.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau de clés système utilisable par cette application.</translation>
    </message>
    <message>
        <source>The only keyring available keeps secrets in a plain file, so this app will not use it.</source>
        <translation>Le seul trousseau de clés disponible conserve les secrets dans un simple fichier&#xa0;: cette application ne l&apos;utilisera donc pas.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>Please send this whole output to your IT support contact.</source>
        <translation>Veuillez envoyer l&apos;intégralité de ce résultat à votre contact au service informatique.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Program parts</source>
        <translation>Composants du programme</translation>
    </message>
    <message>
        <source>Setup window</source>
        <translation>Fenêtre de configuration</translation>
    </message>
    <message>
        <source>Browser window inside the app</source>
        <translation>Fenêtre de navigateur dans l&apos;application</translation>
    </message>
    <message>
        <source>Password storage (keyring)</source>
        <translation>Stockage des mots de passe (trousseau de clés)</translation>
    </message>
    <message>
        <source>App files</source>
        <translation>Fichiers de l&apos;application</translation>
    </message>
    <message>
        <source>{title}: warning: {reason}</source>
        <translation>{title}&#xa0;: avertissement&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{title}: FAILED: {reason}</source>
        <translation>{title}&#xa0;: ÉCHEC&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{title}: FAILED: unexpected error {error}.</source>
        <translation>{title}&#xa0;: ÉCHEC&#xa0;: erreur inattendue {error}.</translation>
    </message>
    <message>
        <source>{title}: ok ({details})</source>
        <translation>{title}&#xa0;: OK ({details})</translation>
    </message>
    <message>
        <source>{title}: ok</source>
        <translation>{title}&#xa0;: OK</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>version inconnue</translation>
    </message>
    <message>
        <source>installed package</source>
        <translation>paquet installé</translation>
    </message>
    <message>
        <source>Python environment</source>
        <translation>environnement Python</translation>
    </message>
    <message>
        <source>OAuth Setup Assistant {version}, Python {python}, {system} {machine}, {how}</source>
        <translation>OAuth Setup Assistant {version}, Python {python}, {system} {machine}, {how}</translation>
    </message>
    <message>
        <source>Qt widgets</source>
        <translation>widgets Qt</translation>
    </message>
    <message>
        <source>Qt web engine</source>
        <translation>moteur web Qt</translation>
    </message>
    <message>
        <source>Qt web engine widgets</source>
        <translation>widgets du moteur web Qt</translation>
    </message>
    <message>
        <source>these parts of the program could not be loaded: {parts}. Reinstall the app; if a system library is named, install the package that provides it</source>
        <translation>ces composants du programme n&apos;ont pas pu être chargés&#xa0;: {parts}. Réinstallez l&apos;application&#xa0;; si une bibliothèque système est nommée, installez le paquet qui la fournit</translation>
    </message>
    <message>
        <source>PySide6 {pyside} with Qt {qt}; {parts}</source>
        <translation>PySide6 {pyside} avec Qt {qt}&#xa0;; {parts}</translation>
    </message>
    <message>
        <source>the window system could not be started</source>
        <translation>le système de fenêtres n&apos;a pas pu être démarré</translation>
    </message>
    <message>
        <source>the setup window did not open</source>
        <translation>la fenêtre de configuration ne s&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>opened on the &apos;{display}&apos; display</source>
        <translation>ouverte sur l&apos;écran «&#xa0;{display}&#xa0;»</translation>
    </message>
    <message>
        <source>not tested, because the setup window could not be opened</source>
        <translation>non testé, car la fenêtre de configuration n&apos;a pas pu être ouverte</translation>
    </message>
    <message>
        <source>not available here. {reason}</source>
        <translation>non disponible ici. {reason}</translation>
    </message>
    <message>
        <source>Signing in with your usual web browser still works.</source>
        <translation>La connexion avec votre navigateur web habituel fonctionne toujours.</translation>
    </message>
    <message>
        <source>the browser component did not load a blank page within {seconds} second. Sign in with your usual web browser instead, and report this to support</source>
        <translation>le composant de navigateur n&apos;a pas chargé une page vide en {seconds} seconde. Connectez-vous plutôt avec votre navigateur web habituel, et signalez ce problème au support</translation>
    </message>
    <message>
        <source>the browser component did not load a blank page within {seconds} seconds. Sign in with your usual web browser instead, and report this to support</source>
        <translation>le composant de navigateur n&apos;a pas chargé une page vide en {seconds} secondes. Connectez-vous plutôt avec votre navigateur web habituel, et signalez ce problème au support</translation>
    </message>
    <message>
        <source>the browser component started but could not show a blank page. Sign in with your usual web browser instead, and report this to support</source>
        <translation>le composant de navigateur a démarré mais n&apos;a pas pu afficher une page vide. Connectez-vous plutôt avec votre navigateur web habituel, et signalez ce problème au support</translation>
    </message>
    <message>
        <source>its helper program started and showed a blank page in {seconds} s</source>
        <translation>son programme auxiliaire a démarré et a affiché une page vide en {seconds} s</translation>
    </message>
    <message>
        <source>secrets would be kept in {place}</source>
        <translation>les secrets seraient conservés dans {place}</translation>
    </message>
    <message>
        <source>these files of the app are missing: {files}. Reinstall the app</source>
        <translation>ces fichiers de l&apos;application sont absents&#xa0;: {files}. Réinstallez l&apos;application</translation>
    </message>
    <message>
        <source>the list of providers {path} cannot be read {error}. Reinstall the app</source>
        <translation>la liste des fournisseurs {path} ne peut pas être lue {error}. Réinstallez l&apos;application</translation>
    </message>
    <message>
        <source>{n} built-in provider and the icon, in {folder}</source>
        <translation>{n} fournisseur intégré et l&apos;icône, dans {folder}</translation>
    </message>
    <message>
        <source>{n} built-in providers and the icon, in {folder}</source>
        <translation>{n} fournisseurs intégrés et l&apos;icône, dans {folder}</translation>
    </message>
    <message>
        <source>OAuth Setup Assistant self-test</source>
        <translation>Autotest d&apos;OAuth Setup Assistant</translation>
    </message>
    <message>
        <source>Messages from Qt:</source>
        <translation>Messages de Qt&#xa0;:</translation>
    </message>
    <message>
        <source>Result: {failed} of {total} checks FAILED.</source>
        <translation>Résultat&#xa0;: ÉCHEC de {failed} vérifications sur {total}.</translation>
    </message>
    <message>
        <source>Result: all {total} checks passed.</source>
        <translation>Résultat&#xa0;: les {total} vérifications ont réussi.</translation>
    </message>
    <message>
        <source>Qt could not be loaded (see &apos;{title}&apos; above). Reinstall the app</source>
        <translation>Qt n&apos;a pas pu être chargé (voir «&#xa0;{title}&#xa0;» ci-dessus). Réinstallez l&apos;application</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>&amp;Terminer</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Sign-in progress</source>
        <translation>Progression de la connexion</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Code and address for the other device</source>
        <translation>Code et adresse pour l&apos;autre appareil</translation>
    </message>
    <message>
        <source>QR code of the address with the code in it</source>
        <translation>QR code de l&apos;adresse contenant le code</translation>
    </message>
    <message>
        <source>Scan it with a phone: the address opens with the code already filled in.</source>
        <translation>Scannez-le avec un téléphone : l&apos;adresse s&apos;ouvre avec le code déjà saisi.</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Open the sign-in page again</source>
        <translation>Rouvrir la page de connexion</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <source>Copy the sign-in link</source>
        <translation>Copier le lien de connexion</translation>
    </message>
    <message>
        <source>Paste this link into a browser on this computer if none opened.</source>
        <translation>Collez ce lien dans un navigateur sur cet ordinateur si aucun ne s&apos;est ouvert.</translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation>Annuler la &amp;connexion</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Ré&amp;essayer</translation>
    </message>
    <message>
        <source>Try the sign-in again</source>
        <translation>Réessayer la connexion</translation>
    </message>
    <message>
        <source>Change the client &amp;settings</source>
        <translation>&amp;Modifier les paramètres du client</translation>
    </message>
    <message>
        <source>Go back and change the client settings</source>
        <translation>Revenir en arrière et modifier les paramètres du client</translation>
    </message>
    <message>
        <source>Sign in to &apos;{name}&apos; in your web browser, then come back here.</source>
        <translation>Connectez-vous à &apos;{name}&apos; dans votre navigateur web, puis revenez ici.</translation>
    </message>
    <message>
        <source>Sign in to &apos;{name}&apos; in the sign-in window.</source>
        <translation>Connectez-vous à &apos;{name}&apos; dans la fenêtre de connexion.</translation>
    </message>
    <message>
        <source>Sign in to &apos;{name}&apos; on another device; this page waits for you.</source>
        <translation>Connectez-vous à &apos;{name}&apos; sur un autre appareil ; cette page vous attend.</translation>
    </message>
    <message>
        <source>The time for signing in ({duration}) ran out.</source>
        <translation>Le délai de connexion ({duration}) est écoulé.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The sign-in did not work.</source>
        <translation>La connexion n&apos;a pas abouti.</translation>
    </message>
    <message>
        <source>On your phone or any other computer, open the address below and enter the code. This page moves on by itself when you are done.</source>
        <translation>Sur votre téléphone ou sur un autre ordinateur, ouvrez l&apos;adresse ci-dessous et saisissez le code. Cette page passe automatiquement à la suite une fois que vous avez terminé.</translation>
    </message>
    <message>
        <source>Waiting for you…</source>
        <translation>En attente de votre action…</translation>
    </message>
    <message>
        <source>Address: &lt;b&gt;{address}&lt;/b&gt;</source>
        <translation>Adresse : &lt;b&gt;{address}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Code: &lt;span style=&apos;font-size:20pt; font-weight:bold&apos;&gt;{code}&lt;/span&gt;</source>
        <translation>Code : &lt;span style=&apos;font-size:20pt; font-weight:bold&apos;&gt;{code}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&amp;Open here</source>
        <translation>&amp;Ouvrir ici</translation>
    </message>
    <message>
        <source>&lt;b&gt;No web browser could be opened.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucun navigateur web n&apos;a pu être ouvert.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Click &lt;i&gt;Copy link&lt;/i&gt; and paste the link into a browser on this computer.</source>
        <translation>Cliquez sur &lt;i&gt;Copier le lien&lt;/i&gt; et collez le lien dans un navigateur sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The sign-in window was closed. Click Open again to reopen it.</source>
        <translation>La fenêtre de connexion a été fermée. Cliquez sur Rouvrir pour l&apos;ouvrir à nouveau.</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>Lien copié</translation>
    </message>
    <message>
        <source>Time left: {minutes}:{seconds}</source>
        <translation>Temps restant : {minutes}:{seconds}</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>The provider&apos;s sign-in page has opened in your web browser. Sign in there and allow access; this page moves on by itself when you are done.</source>
        <translation>La page de connexion du fournisseur s&apos;est ouverte dans votre navigateur web. Connectez-vous-y et autorisez l&apos;accès ; cette page passe automatiquement à la suite une fois que vous avez terminé.</translation>
    </message>
    <message>
        <source>Sign in in the window that opened and allow access; this page moves on by itself when you are done.</source>
        <translation>Connectez-vous dans la fenêtre qui s&apos;est ouverte et autorisez l&apos;accès ; cette page passe automatiquement à la suite une fois que vous avez terminé.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>{n} second</source>
        <translation>{n} seconde</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} secondes</translation>
    </message>
    <message>
        <source>{n} minute</source>
        <translation>{n} minute</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Not signed in yet.</source>
        <translation>Pas encore connecté.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>The access token expired and there is no refresh token.</source>
        <translation>Le jeton d&apos;accès a expiré et il n&apos;y a pas de jeton d&apos;actualisation.</translation>
    </message>
    <message>
        <source>The refresh token has expired.</source>
        <translation>Le jeton d&apos;actualisation a expiré.</translation>
    </message>
    <message>
        <source>The refresh token expires soon: sign in again to renew it.</source>
        <translation>Le jeton d&apos;actualisation expire bientôt&#xa0;: reconnectez-vous pour le renouveler.</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>Sign-ins — OAuth Setup Assistant</source>
        <translation>Connexions — OAuth Setup Assistant</translation>
    </message>
    <message>
        <source>Your sign-ins</source>
        <translation>Vos connexions</translation>
    </message>
    <message>
        <source>Add a sign-in…</source>
        <translation>Ajouter une connexion…</translation>
    </message>
    <message>
        <source>Add a sign-in</source>
        <translation>Ajouter une connexion</translation>
    </message>
    <message>
        <source>Set up a new sign-in with the setup assistant.</source>
        <translation>Configurer une nouvelle connexion avec l&apos;assistant de configuration.</translation>
    </message>
    <message>
        <source>Check all now</source>
        <translation>Tout vérifier</translation>
    </message>
    <message>
        <source>Check all sign-ins now</source>
        <translation>Vérifier toutes les connexions maintenant</translation>
    </message>
    <message>
        <source>Renew what is due, retry failed writes, and read every sign-in&apos;s state again.</source>
        <translation>Renouveler ce qui arrive à échéance, relancer les écritures échouées et relire l&apos;état de chaque connexion.</translation>
    </message>
    <message>
        <source>Support report…</source>
        <translation>Rapport support…</translation>
    </message>
    <message>
        <source>Show a support report</source>
        <translation>Afficher un rapport pour le support</translation>
    </message>
    <message>
        <source>A report for your help desk: versions, settings, states and the readiness check, without any token or secret.</source>
        <translation>Un rapport pour votre support : versions, paramètres, états et vérification préalable, sans aucun jeton ni secret.</translation>
    </message>
    <message>
        <source>No sign-ins yet. Click “Add a sign-in…” to set one up with the setup assistant.</source>
        <translation>Aucune connexion pour l&apos;instant. Cliquez sur «&#xa0;Ajouter une connexion…&#xa0;» pour en configurer une avec l&apos;assistant de configuration.</translation>
    </message>
    <message>
        <source>No sign-ins</source>
        <translation>Aucune connexion</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>The sign-in &apos;{name}&apos; was removed.</source>
        <translation>La connexion «&#xa0;{name}&#xa0;» a été supprimée.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Checked {n} sign-in just now.</source>
        <translation>{n} connexion vérifiée à l&apos;instant.</translation>
    </message>
    <message>
        <source>Checked {n} sign-ins just now.</source>
        <translation>{n} connexions vérifiées à l&apos;instant.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: {text}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&#xa0;: {text}</translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation>La vérification n&apos;a pas abouti.</translation>
    </message>
</context>
<context>
    <name>TokenClient</name>
    <message>
        <source>This client needs a secret, but none is stored.</source>
        <translation>Ce client a besoin d&apos;un secret, mais aucun n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Enter the client secret again (&apos;oauth-setup profile add NAME … --client-secret-stdin&apos;).</source>
        <translation>Saisissez à nouveau le secret client (&apos;oauth-setup profile add NAME … --client-secret-stdin&apos;).</translation>
    </message>
    <message>
        <source>There is no refresh token for this sign-in.</source>
        <translation>Il n&apos;y a pas de jeton d&apos;actualisation pour cette connexion.</translation>
    </message>
    <message>
        <source>This provider does not offer a way to revoke tokens.</source>
        <translation>Ce fournisseur ne permet pas de révoquer les jetons.</translation>
    </message>
    <message>
        <source>Remove the app&apos;s access in your account settings at the provider.</source>
        <translation>Retirez l&apos;accès de l&apos;application dans les paramètres de votre compte chez le fournisseur.</translation>
    </message>
    <message>
        <source>The provider answered the token request with something that is not a token response.</source>
        <translation>Le fournisseur a répondu à la demande de jeton par autre chose qu&apos;une réponse de jeton.</translation>
    </message>
    <message>
        <source>The provider did not answer in time.</source>
        <translation>Le fournisseur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The provider could not be reached.</source>
        <translation>Le fournisseur est injoignable.</translation>
    </message>
    <message>
        <source>The provider had a problem answering (HTTP {status}).</source>
        <translation>Le fournisseur a rencontré un problème pour répondre (HTTP {status}).</translation>
    </message>
    <message>
        <source>The provider no longer accepts this sign-in (it expired or was revoked).</source>
        <translation>Le fournisseur n&apos;accepte plus cette connexion (elle a expiré ou a été révoquée).</translation>
    </message>
    <message>
        <source>The provider did not accept the sign-in code (it expired or was already used).</source>
        <translation>Le fournisseur n&apos;a pas accepté le code de connexion (il a expiré ou a déjà été utilisé).</translation>
    </message>
    <message>
        <source>The provider did not accept the client ID or secret.</source>
        <translation>Le fournisseur n&apos;a pas accepté l&apos;ID client ou le secret.</translation>
    </message>
    <message>
        <source>The provider does not allow this client to use this kind of sign-in.</source>
        <translation>Le fournisseur n&apos;autorise pas ce client à utiliser ce type de connexion.</translation>
    </message>
    <message>
        <source>The provider refused the request ({error}).</source>
        <translation>Le fournisseur a refusé la demande ({error}).</translation>
    </message>
    <message>
        <source>The provider answered with an unexpected response (HTTP {status}) instead of a token response.</source>
        <translation>Le fournisseur a renvoyé une réponse inattendue (HTTP {status}) au lieu d&apos;une réponse de jeton.</translation>
    </message>
</context>
<context>
    <name>TokenManager</name>
    <message>
        <source>The sign-in &apos;{name}&apos; has no tokens yet.</source>
        <translation>La connexion &apos;{name}&apos; n&apos;a pas encore de jetons.</translation>
    </message>
    <message>
        <source>Another oauth-setup process has been renewing &apos;{name}&apos; for over {seconds} seconds.</source>
        <translation>Un autre processus oauth-setup renouvelle &apos;{name}&apos; depuis plus de {seconds} secondes.</translation>
    </message>
    <message>
        <source>Wait a minute and try again; if it persists, check for a stuck &apos;oauth-setup&apos; process.</source>
        <translation>Attendez une minute et réessayez ; si le problème persiste, recherchez un processus &apos;oauth-setup&apos; bloqué.</translation>
    </message>
    <message>
        <source>The access token of &apos;{name}&apos; expired and the provider gave no refresh token.</source>
        <translation>Le jeton d&apos;accès de &apos;{name}&apos; a expiré et le fournisseur n&apos;a pas fourni de jeton d&apos;actualisation.</translation>
    </message>
    <message>
        <source>The provider issued a new refresh token, but the system keyring refused to store it ({error}); the previous token is no longer valid.</source>
        <translation>Le fournisseur a délivré un nouveau jeton d&apos;actualisation, mais le trousseau de clés du système a refusé de l&apos;enregistrer ({error}) ; le jeton précédent n&apos;est plus valide.</translation>
    </message>
    <message>
        <source>The renewed access token could not be stored: {error}</source>
        <translation>Le jeton d&apos;accès renouvelé n&apos;a pas pu être enregistré : {error}</translation>
    </message>
    <message>
        <source>Unlock or repair the keyring, then sign in again with &apos;oauth-setup login NAME&apos;.</source>
        <translation>Déverrouillez ou réparez le trousseau de clés, puis reconnectez-vous avec &apos;oauth-setup login NAME&apos;.</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The file {path} is damaged.</source>
        <translation>Le fichier {path} est endommagé.</translation>
    </message>
    <message>
        <source>Delete it and sign in again (&apos;oauth-setup login NAME&apos;).</source>
        <translation>Supprimez-le et reconnectez-vous (&apos;oauth-setup login NAME&apos;).</translation>
    </message>
    <message>
        <source>Delete it and sign in again.</source>
        <translation>Supprimez-le et reconnectez-vous.</translation>
    </message>
    <message>
        <source>The stored tokens of &apos;{name}&apos; are damaged.</source>
        <translation>Les jetons enregistrés de &apos;{name}&apos; sont endommagés.</translation>
    </message>
    <message>
        <source>Sign in again (&apos;oauth-setup login NAME&apos;).</source>
        <translation>Reconnectez-vous (&apos;oauth-setup login NAME&apos;).</translation>
    </message>
</context>
<context>
    <name>Tokens</name>
    <message>
        <source>The provider&apos;s answer did not contain an access token.</source>
        <translation>La réponse du fournisseur ne contenait pas de jeton d&apos;accès.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;p&gt;This assistant connects an integration (a script, a sync tool, a service) to your provider with a &lt;b&gt;secure sign-in&lt;/b&gt; instead of a stored user name and password.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cet assistant relie une intégration (un script, un outil de synchronisation, un service) à votre fournisseur grâce à une &lt;b&gt;connexion sécurisée&lt;/b&gt;, au lieu d&apos;un nom d&apos;utilisateur et d&apos;un mot de passe enregistrés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Providers are switching off password sign-in for integrations (GoTo among the first), because a stored password can be stolen and cannot be limited. After this setup, you sign in once in a browser; the app keeps the integration signed in and hands it short-lived keys (&lt;i&gt;access tokens&lt;/i&gt;) whenever it asks.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les fournisseurs désactivent la connexion par mot de passe pour les intégrations (GoTo parmi les premiers), car un mot de passe enregistré peut être volé et ne peut pas être limité. Après cette configuration, vous vous connectez une seule fois dans un navigateur&#xa0;; l&apos;application garde l&apos;intégration connectée et lui remet des clés de courte durée (&lt;i&gt;jetons d&apos;accès&lt;/i&gt;) chaque fois qu&apos;elle en demande.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;You will need&lt;/b&gt; the &lt;i&gt;client ID&lt;/i&gt; and, usually, the &lt;i&gt;secret&lt;/i&gt; of the integration&apos;s client. Both come from your provider&apos;s developer portal, where the client was registered.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vous aurez besoin&lt;/b&gt; de l&apos;&lt;i&gt;ID client&lt;/i&gt; et, en général, du &lt;i&gt;secret&lt;/i&gt; du client de l&apos;intégration. Tous deux se trouvent dans le portail développeur de votre fournisseur, où le client a été enregistré.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Move an integration from password sign-in to a secure sign-in.</source>
        <translation>Faire passer une intégration de la connexion par mot de passe à une connexion sécurisée.</translation>
    </message>
    <message>
        <source>About this assistant</source>
        <translation>À propos de cet assistant</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;help&quot;&gt;How does this work? Read the short guide&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;help&quot;&gt;Comment ça marche&#xa0;? Lire le guide rapide&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Open the guide</source>
        <translation>Ouvrir le guide</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Que souhaitez-vous faire&#xa0;?</translation>
    </message>
    <message>
        <source>Set up a &amp;new sign-in for an integration</source>
        <translation>Configurer une &amp;nouvelle connexion pour une intégration</translation>
    </message>
    <message>
        <source>Set up a new sign-in</source>
        <translation>Configurer une nouvelle connexion</translation>
    </message>
    <message>
        <source>I have an integration that signs in with a &amp;password: move it</source>
        <translation>J&apos;ai une intégration qui se connecte avec un &amp;mot de passe&#xa0;: la migrer</translation>
    </message>
    <message>
        <source>Move an integration that signs in with a password</source>
        <translation>Migrer une intégration qui se connecte avec un mot de passe</translation>
    </message>
    <message>
        <source>The assistant reads the integration&apos;s settings file, signs it in securely, and then offers to remove the stored password.</source>
        <translation>L&apos;assistant lit le fichier de paramètres de l&apos;intégration, la connecte de façon sécurisée, puis propose de supprimer le mot de passe enregistré.</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Something unexpected went wrong inside the app.</source>
        <translation>Un problème inattendu s&apos;est produit dans l&apos;application.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, restart the app.</source>
        <translation>Réessayez&#xa0;; si le problème persiste, redémarrez l&apos;application.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires : %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide : %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide : %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l&apos;argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
    </message>
</context>
</TS>
