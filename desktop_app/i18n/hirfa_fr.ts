<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
<context>
    <name>admin</name>
    <message>
        <location filename="../ui/admin/feedback.py" line="79"/>
        <location filename="../ui/admin/screen.py" line="46"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../ui/admin/feedback.py" line="96"/>
        <source>Only an administrator can do this.</source>
        <translation>Seul un administrateur peut effectuer cette opération.</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="77"/>
        <source>This office</source>
        <translation>Ce bureau</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="87"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="90"/>
        <source>Office code</source>
        <translation>Code du bureau</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="91"/>
        <source>Office name</source>
        <translation>Nom du bureau</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="92"/>
        <source>Computer number</source>
        <translation>Numéro du poste</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="120"/>
        <source>Activity list</source>
        <translation>Liste des activités</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="121"/>
        <source>Load an official list…</source>
        <translation>Charger une liste officielle…</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="125"/>
        <source>Version in force</source>
        <translation>Version en vigueur</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="126"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="128"/>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="129"/>
        <source>%1 activities in %2 branches</source>
        <translation>%1 activités réparties en %2 branches</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="140"/>
        <source>Provisional: load the official list as soon as you receive it.</source>
        <translation>Provisoire&#xa0;: chargez la liste officielle dès que vous la recevez.</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="144"/>
        <source>Official</source>
        <translation>Officielle</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="150"/>
        <source>Load an official activity list</source>
        <translation>Charger une liste officielle des activités</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="152"/>
        <source>Activity lists (*.json)</source>
        <translation>Listes des activités (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="172"/>
        <source>The activity list %1 is now in force.</source>
        <translation>La liste des activités %1 est désormais en vigueur.</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="188"/>
        <source>%1 was not loaded; the list in force is unchanged.</source>
        <translation>%1 n&apos;a pas été chargé&#xa0;; la liste en vigueur reste inchangée.</translation>
    </message>
    <message>
        <location filename="../ui/admin/policies_panel.py" line="58"/>
        <source>Security policies</source>
        <translation>Règles de sécurité</translation>
    </message>
    <message>
        <location filename="../ui/admin/policies_panel.py" line="61"/>
        <source>Save the policies</source>
        <translation>Enregistrer les règles</translation>
    </message>
    <message>
        <location filename="../ui/admin/policies_panel.py" line="63"/>
        <location filename="../ui/admin/policies_panel.py" line="103"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/admin/screen.py" line="49"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/admin/screen.py" line="50"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_dialogs.py" line="61"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_dialogs.py" line="67"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_dialogs.py" line="114"/>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_dialogs.py" line="116"/>
        <source>The new user logs in with this user name and password.</source>
        <translation>Le nouvel utilisateur se connecte avec ce nom d&apos;utilisateur et ce mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_dialogs.py" line="120"/>
        <location filename="../ui/admin/user_table.py" line="70"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_dialogs.py" line="122"/>
        <source>Password again</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_dialogs.py" line="125"/>
        <source>Add the user</source>
        <translation>Ajouter l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_dialogs.py" line="160"/>
        <source>Reset a password</source>
        <translation>Réinitialiser un mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_dialogs.py" line="162"/>
        <source>New password for %1 (%2). Give it to the user in person; it also lifts a lockout.</source>
        <translation>Nouveau mot de passe pour %1 (%2). Remettez-le à l&apos;utilisateur en personne&#xa0;; il lève aussi un blocage.</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_dialogs.py" line="169"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_dialogs.py" line="170"/>
        <source>New password again</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_dialogs.py" line="171"/>
        <source>Set the password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_table.py" line="68"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_table.py" line="69"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_table.py" line="71"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_table.py" line="72"/>
        <source>Locked until</source>
        <translation>Bloqué jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_table.py" line="94"/>
        <source>Enabled</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_table.py" line="94"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../ui/admin/users_panel.py" line="77"/>
        <source>Accounts are never deleted: disable the account of someone who leaves. A new password also lifts a lockout.</source>
        <translation>Les comptes ne sont jamais supprimés&#xa0;: désactivez le compte d&apos;une personne qui part. Un nouveau mot de passe lève aussi un blocage.</translation>
    </message>
    <message>
        <location filename="../ui/admin/users_panel.py" line="83"/>
        <source>Add a user…</source>
        <translation>Ajouter un utilisateur…</translation>
    </message>
    <message>
        <location filename="../ui/admin/users_panel.py" line="84"/>
        <source>Reset the password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <location filename="../ui/admin/users_panel.py" line="122"/>
        <source>Enable the account</source>
        <translation>Activer le compte</translation>
    </message>
    <message>
        <location filename="../ui/admin/users_panel.py" line="125"/>
        <source>Disable the account</source>
        <translation>Désactiver le compte</translation>
    </message>
    <message>
        <location filename="../ui/admin/users_panel.py" line="172"/>
        <source>The account %1 is the last active administrator and cannot be disabled.</source>
        <translation>Le compte %1 est le dernier administrateur actif et ne peut pas être désactivé.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ui/app.py" line="88"/>
        <source>The office store cannot be opened. The details are in:</source>
        <translation>La base de données du bureau ne peut pas être ouverte. Les détails se trouvent dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="107"/>
        <source>Hirfa</source>
        <translation>Hirfa</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="123"/>
        <source>Hirfa cannot start</source>
        <translation>Hirfa ne peut pas démarrer</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="116"/>
        <source>The office store is damaged</source>
        <translation>La base du bureau est endommagée</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <location filename="../messages.py" line="273"/>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <location filename="../messages.py" line="274"/>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <location filename="../messages.py" line="277"/>
        <source>Artisan with a diploma</source>
        <translation>Artisan diplômé</translation>
    </message>
    <message>
        <location filename="../messages.py" line="278"/>
        <source>Artisan by experience</source>
        <translation>Artisan par expérience</translation>
    </message>
    <message>
        <location filename="../messages.py" line="279"/>
        <source>Master artisan (maâlem)</source>
        <translation>Maître artisan (maâlem)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="280"/>
        <source>Craft cooperative</source>
        <translation>Coopérative artisanale</translation>
    </message>
    <message>
        <location filename="../messages.py" line="281"/>
        <source>Craft enterprise</source>
        <translation>Entreprise artisanale</translation>
    </message>
    <message>
        <location filename="../messages.py" line="284"/>
        <source>Own workshop</source>
        <translation>Atelier propre</translation>
    </message>
    <message>
        <location filename="../messages.py" line="285"/>
        <source>At home</source>
        <translation>À domicile</translation>
    </message>
    <message>
        <location filename="../messages.py" line="286"/>
        <source>In a cooperative</source>
        <translation>Au sein d&apos;une coopérative</translation>
    </message>
    <message>
        <location filename="../messages.py" line="287"/>
        <source>Itinerant</source>
        <translation>Ambulant</translation>
    </message>
    <message>
        <location filename="../messages.py" line="288"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../messages.py" line="291"/>
        <source>Not enrolled</source>
        <translation>Non affilié</translation>
    </message>
    <message>
        <location filename="../messages.py" line="292"/>
        <source>Enrolled</source>
        <translation>Affilié</translation>
    </message>
    <message>
        <location filename="../messages.py" line="293"/>
        <source>Rights suspended</source>
        <translation>Droits suspendus</translation>
    </message>
    <message>
        <location filename="../messages.py" line="296"/>
        <source>Single professional contribution (CPU)</source>
        <translation>Contribution professionnelle unique (CPU)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="297"/>
        <source>Auto-entrepreneur</source>
        <translation>Auto-entrepreneur</translation>
    </message>
    <message>
        <location filename="../messages.py" line="298"/>
        <source>Simplified accounting</source>
        <translation>Comptabilité simplifiée</translation>
    </message>
    <message>
        <location filename="../messages.py" line="299"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../messages.py" line="302"/>
        <source>Pending review</source>
        <translation>En attente de validation</translation>
    </message>
    <message>
        <location filename="../messages.py" line="303"/>
        <source>Returned to the clerk</source>
        <translation>Renvoyé à l&apos;agent</translation>
    </message>
    <message>
        <location filename="../messages.py" line="304"/>
        <source>Registered</source>
        <translation>Immatriculé</translation>
    </message>
    <message>
        <location filename="../messages.py" line="305"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location filename="../messages.py" line="306"/>
        <source>Struck off</source>
        <translation>Radié</translation>
    </message>
    <message>
        <location filename="../messages.py" line="309"/>
        <source>Clerk</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../messages.py" line="310"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location filename="../messages.py" line="311"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../messages.py" line="314"/>
        <source>Registered at the counter</source>
        <translation>Immatriculé au guichet</translation>
    </message>
    <message>
        <location filename="../messages.py" line="315"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../messages.py" line="316"/>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <location filename="../messages.py" line="317"/>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../messages.py" line="318"/>
        <source>Approve</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../messages.py" line="319"/>
        <source>Return to the clerk</source>
        <translation>Renvoyer à l&apos;agent</translation>
    </message>
    <message>
        <location filename="../messages.py" line="320"/>
        <source>Submit for review again</source>
        <translation>Soumettre de nouveau</translation>
    </message>
    <message>
        <location filename="../messages.py" line="321"/>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location filename="../messages.py" line="322"/>
        <source>Strike off</source>
        <translation>Radier</translation>
    </message>
    <message>
        <location filename="../messages.py" line="323"/>
        <source>Reinstate</source>
        <translation>Réintégrer</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <location filename="../ui/failures.py" line="20"/>
        <source>Something went wrong and the last action was not completed.</source>
        <translation>Un problème est survenu et la dernière opération n&apos;a pas abouti.</translation>
    </message>
    <message>
        <location filename="../ui/failures.py" line="22"/>
        <source>The details are in the log file:</source>
        <translation>Les détails se trouvent dans le fichier journal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/failures.py" line="24"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../messages.py" line="28"/>
        <source>CIN</source>
        <translation>CIN</translation>
    </message>
    <message>
        <location filename="../messages.py" line="29"/>
        <source>Last name (Latin)</source>
        <translation>Nom (latin)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="30"/>
        <source>First name (Latin)</source>
        <translation>Prénom (latin)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="31"/>
        <source>Last name (Arabic)</source>
        <translation>Nom (arabe)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="32"/>
        <source>First name (Arabic)</source>
        <translation>Prénom (arabe)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="33"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../messages.py" line="34"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../messages.py" line="35"/>
        <source>Birth place</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <location filename="../messages.py" line="36"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../messages.py" line="37"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../messages.py" line="38"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../messages.py" line="39"/>
        <source>Address (Latin)</source>
        <translation>Adresse (latin)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="40"/>
        <source>Address (Arabic)</source>
        <translation>Adresse (arabe)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="41"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../messages.py" line="42"/>
        <source>Province</source>
        <translation>Province / préfecture</translation>
    </message>
    <message>
        <location filename="../messages.py" line="43"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../messages.py" line="44"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../messages.py" line="45"/>
        <source>Branch</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../messages.py" line="46"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../messages.py" line="47"/>
        <source>Activity list version</source>
        <translation>Version de la liste des activités</translation>
    </message>
    <message>
        <location filename="../messages.py" line="48"/>
        <source>Activity since (year)</source>
        <translation>Activité depuis (année)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="49"/>
        <source>Diploma</source>
        <translation>Diplôme</translation>
    </message>
    <message>
        <location filename="../messages.py" line="50"/>
        <source>School</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../messages.py" line="51"/>
        <source>Workplace</source>
        <translation>Lieu de travail</translation>
    </message>
    <message>
        <location filename="../messages.py" line="52"/>
        <source>CNSS number</source>
        <translation>N° CNSS</translation>
    </message>
    <message>
        <location filename="../messages.py" line="53"/>
        <source>AMO status</source>
        <translation>Situation AMO</translation>
    </message>
    <message>
        <location filename="../messages.py" line="54"/>
        <source>Fiscal regime</source>
        <translation>Régime fiscal</translation>
    </message>
    <message>
        <location filename="../messages.py" line="55"/>
        <source>Name of the cooperative or enterprise (Latin)</source>
        <translation>Nom de la coopérative ou de l&apos;entreprise (latin)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="56"/>
        <source>Name of the cooperative or enterprise (Arabic)</source>
        <translation>Nom de la coopérative ou de l&apos;entreprise (arabe)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="57"/>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <location filename="../messages.py" line="58"/>
        <source>RC court</source>
        <translation>Tribunal du RC</translation>
    </message>
    <message>
        <location filename="../messages.py" line="59"/>
        <source>RC number</source>
        <translation>N° RC</translation>
    </message>
    <message>
        <location filename="../messages.py" line="60"/>
        <source>Tax identifier (IF)</source>
        <translation>Identifiant fiscal (IF)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="61"/>
        <source>ODCO number</source>
        <translation>N° ODCO</translation>
    </message>
    <message>
        <location filename="../messages.py" line="62"/>
        <source>Members</source>
        <translation>Nombre de membres</translation>
    </message>
    <message>
        <location filename="../messages.py" line="63"/>
        <source>Supervising artisan&apos;s registration number</source>
        <translation>N° d&apos;immatriculation de l&apos;artisan encadrant</translation>
    </message>
    <message>
        <location filename="../messages.py" line="64"/>
        <source>Registration date</source>
        <translation>Date d&apos;immatriculation</translation>
    </message>
    <message>
        <location filename="../messages.py" line="65"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../messages.py" line="66"/>
        <source>Registration number</source>
        <translation>Numéro d&apos;immatriculation</translation>
    </message>
    <message>
        <location filename="../messages.py" line="67"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../messages.py" line="68"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../messages.py" line="69"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../messages.py" line="70"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../messages.py" line="71"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../messages.py" line="72"/>
        <source>Failed logins before a lockout</source>
        <translation>Échecs de connexion avant blocage</translation>
    </message>
    <message>
        <location filename="../messages.py" line="73"/>
        <source>Lockout duration (minutes)</source>
        <translation>Durée du blocage (minutes)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="74"/>
        <source>Idle time before the session locks (minutes)</source>
        <translation>Inactivité avant verrouillage de la session (minutes)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="77"/>
        <source>Reprint reason</source>
        <translation>Motif de la réimpression</translation>
    </message>
    <message>
        <location filename="../messages.py" line="78"/>
        <source>Reason for cancelling</source>
        <translation>Motif de l&apos;annulation</translation>
    </message>
    <message>
        <location filename="../messages.py" line="79"/>
        <source>Copies</source>
        <translation>Exemplaires</translation>
    </message>
    <message>
        <location filename="../messages.py" line="80"/>
        <source>Signatory&apos;s name</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <location filename="../messages.py" line="81"/>
        <source>Signatory&apos;s title (French)</source>
        <translation>Qualité du signataire (français)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="82"/>
        <source>Signatory&apos;s title (Arabic)</source>
        <translation>Qualité du signataire (arabe)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="83"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
</context>
<context>
    <name>first_start</name>
    <message>
        <location filename="../ui/first_start.py" line="58"/>
        <source>Welcome to Hirfa</source>
        <translation>Bienvenue dans Hirfa</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="60"/>
        <source>This computer has no office register yet. These steps create it: the office, then its first administrator. Choose the language first.</source>
        <translation>Cet ordinateur n&apos;a pas encore de registre de bureau. Les étapes suivantes le créent&#xa0;: le bureau, puis son premier administrateur. Choisissez d&apos;abord la langue.</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="94"/>
        <source>The office</source>
        <translation>Le bureau</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="96"/>
        <source>Region, office code and name, and this computer&apos;s number.</source>
        <translation>Région, code et nom du bureau, et numéro de ce poste.</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="99"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="100"/>
        <source>Office code (3 digits)</source>
        <translation>Code du bureau (3 chiffres)</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="101"/>
        <source>Office name</source>
        <translation>Nom du bureau</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="102"/>
        <source>Computer number in the office (01–99)</source>
        <translation>Numéro du poste dans le bureau (01–99)</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="111"/>
        <source>The office code has 3 digits, for example 511.</source>
        <translation>Le code du bureau comporte 3 chiffres, par exemple 511.</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="114"/>
        <source>The computer number has 2 digits, from 01 to 99.</source>
        <translation>Le numéro du poste comporte 2 chiffres, de 01 à 99.</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="146"/>
        <source>The first administrator</source>
        <translation>Le premier administrateur</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="148"/>
        <source>This account adds the other users. Choose its password now.</source>
        <translation>Ce compte ajoute les autres utilisateurs. Choisissez son mot de passe maintenant.</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="151"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="152"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="153"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="154"/>
        <source>Password again</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="162"/>
        <source>User name: 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>Nom d&apos;utilisateur&#xa0;: de 2 à 32 lettres minuscules, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, en commençant par une lettre.</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="168"/>
        <source>The password needs at least %1 characters.</source>
        <translation>Le mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="172"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="213"/>
        <source>Hirfa — first start</source>
        <translation>Hirfa — premier démarrage</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="216"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="217"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="218"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="220"/>
        <source>Create the office</source>
        <translation>Créer le bureau</translation>
    </message>
</context>
<context>
    <name>interrupted_print</name>
    <message>
        <location filename="../ui/printing/interrupted_banner.py" line="53"/>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/interrupted_banner.py" line="54"/>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/interrupted_banner.py" line="61"/>
        <source>An interrupted print: %1 reserved by %2 %3 was not confirmed printed.</source>
        <translation>Une impression interrompue&#xa0;: %1 réservée par %2 %3 n&apos;a pas été confirmée comme imprimée.</translation>
    </message>
    <message>
        <location filename="../ui/printing/interrupted_banner.py" line="66"/>
        <source>An interrupted print: %1 reserved by %2 %3 were not confirmed printed.</source>
        <translation>Une impression interrompue&#xa0;: %1 réservées par %2 %3 n&apos;ont pas été confirmées comme imprimées.</translation>
    </message>
    <message>
        <location filename="../ui/printing/interrupted_banner.py" line="78"/>
        <source>Withdraw an interrupted print</source>
        <translation>Retirer une impression interrompue</translation>
    </message>
    <message>
        <location filename="../ui/printing/interrupted_banner.py" line="95"/>
        <source>Withdraw this interrupted print (%1)? Its documents are cancelled as never printed and stay in the print log as withdrawn; their records wait in the print queue again.</source>
        <translation>Retirer cette impression interrompue (%1)&#xa0;? Ses documents sont annulés comme jamais imprimés et restent au journal des impressions comme retirés&#xa0;; leurs dossiers attendent de nouveau dans la file d&apos;impression.</translation>
    </message>
    <message>
        <location filename="../ui/printing/interrupted_banner.py" line="104"/>
        <source>Reason (paper spoilt, printer broken…):</source>
        <translation>Motif (papier abîmé, imprimante en panne…)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/printing/interrupted_banner.py" line="113"/>
        <location filename="../ui/printing/interrupted_banner.py" line="170"/>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/printing/interrupted_banner.py" line="115"/>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <location filename="../ui/printing/interrupted_banner.py" line="169"/>
        <source>Print again…</source>
        <translation>Imprimer de nouveau…</translation>
    </message>
    <message>
        <location filename="../ui/printing/interrupted_banner.py" line="172"/>
        <source>Only %1 or a supervisor may print it again or withdraw it.</source>
        <translation>Seul %1 ou un superviseur peut la réimprimer ou la retirer.</translation>
    </message>
    <message>
        <location filename="../ui/printing/interrupted_banner.py" line="193"/>
        <source>Withdrawn: %1.</source>
        <translation>Retrait effectué&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>login</name>
    <message>
        <location filename="../ui/login.py" line="30"/>
        <source>Too many failed attempts: the account is locked until %1.</source>
        <translation>Trop de tentatives échouées&#xa0;: le compte est bloqué jusqu&apos;à %1.</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="34"/>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Ce compte est désactivé. Adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="35"/>
        <source>The user name or the password is wrong.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="102"/>
        <source>Hirfa — log in</source>
        <translation>Hirfa — connexion</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="103"/>
        <source>Office: %1</source>
        <translation>Bureau&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="105"/>
        <source>Hirfa — session locked</source>
        <translation>Hirfa — session verrouillée</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="107"/>
        <source>The session was locked. Enter your password to go on.</source>
        <translation>La session a été verrouillée. Saisissez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="109"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="110"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="111"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="113"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="113"/>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="116"/>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="116"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="127"/>
        <source>Enter your user name and your password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="138"/>
        <source>Only the user who locked the session can unlock it.</source>
        <translation>Seul l&apos;utilisateur qui a verrouillé la session peut la déverrouiller.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main_window.py" line="137"/>
        <source>Hirfa — %1 (%2)</source>
        <translation>Hirfa — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="144"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="145"/>
        <source>&amp;New registration</source>
        <translation>&amp;Nouvelle immatriculation</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="146"/>
        <source>&amp;Lock the session</source>
        <translation>&amp;Verrouiller la session</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="147"/>
        <source>Log &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="148"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="149"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="153"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="154"/>
        <source>Open the &amp;log folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="155"/>
        <source>&amp;About Hirfa</source>
        <translation>À &amp;propos de Hirfa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="159"/>
        <source>%1 (%2) — office %3</source>
        <translation>%1 (%2) — bureau %3</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="219"/>
        <source>%1 artisans — %2 pending review</source>
        <translation>%1 artisans — %2 en attente de validation</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="232"/>
        <source>About Hirfa</source>
        <translation>À propos de Hirfa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="233"/>
        <source>Hirfa — the National Register of Traditional Crafts.
Office %1, computer %2.</source>
        <translation>Hirfa — le registre national de l&apos;artisanat.
Bureau %1, poste %2.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="258"/>
        <source>Quit Hirfa</source>
        <translation>Quitter Hirfa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="259"/>
        <source>A form has changes that are not saved. They are kept as a draft and offered again at the next start. Quit now?</source>
        <translation>Un formulaire contient des modifications non enregistrées. Elles sont conservées comme brouillon et proposées de nouveau au prochain démarrage. Quitter maintenant&#xa0;?</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../messages.py" line="87"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location filename="../messages.py" line="88"/>
        <source>is too long: at most {max} characters</source>
        <translation>dépasse la limite de {max} caractères</translation>
    </message>
    <message>
        <location filename="../messages.py" line="89"/>
        <source>is too short</source>
        <translation>compte trop peu de caractères</translation>
    </message>
    <message>
        <location filename="../messages.py" line="90"/>
        <source>contains invisible control characters; retype it</source>
        <translation>contient des caractères de contrôle invisibles&#xa0;; ressaisissez la valeur</translation>
    </message>
    <message>
        <location filename="../messages.py" line="93"/>
        <source>must be written in {script} letters</source>
        <translation>doit être en caractères {script}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="94"/>
        <source>may contain only letters, spaces, hyphens and apostrophes</source>
        <translation>ne peut contenir que des lettres, des espaces, des traits d&apos;union et des apostrophes</translation>
    </message>
    <message>
        <location filename="../messages.py" line="97"/>
        <source>is required in Latin or in Arabic letters (at least one)</source>
        <translation>est obligatoire en caractères latins ou arabes (au moins l&apos;un des deux)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="100"/>
        <source>is not one of the allowed values</source>
        <translation>n&apos;est pas une valeur autorisée</translation>
    </message>
    <message>
        <location filename="../messages.py" line="101"/>
        <source>must be 1 or 2 letters followed by 1 to 6 digits, e.g. AB123456</source>
        <translation>doit comporter 1 ou 2 lettres suivies de 1 à 6 chiffres, par exemple AB123456</translation>
    </message>
    <message>
        <location filename="../messages.py" line="104"/>
        <location filename="../messages.py" line="139"/>
        <source>is already registered to another live record</source>
        <translation>figure déjà dans un autre dossier actif</translation>
    </message>
    <message>
        <location filename="../messages.py" line="105"/>
        <source>is not a valid date; write it as DD/MM/YYYY or YYYY-MM-DD</source>
        <translation>n&apos;est pas une date valide&#xa0;; saisissez-la sous la forme JJ/MM/AAAA ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../messages.py" line="108"/>
        <source>cannot be in the future</source>
        <translation>ne peut pas se situer dans le futur</translation>
    </message>
    <message>
        <location filename="../messages.py" line="109"/>
        <source>gives an age under {min} years at registration</source>
        <translation>donne un âge inférieur à {min} ans à l&apos;immatriculation</translation>
    </message>
    <message>
        <location filename="../messages.py" line="112"/>
        <source>gives an age over {max} years at registration</source>
        <translation>donne un âge supérieur à {max} ans à l&apos;immatriculation</translation>
    </message>
    <message>
        <location filename="../messages.py" line="115"/>
        <source>is not a valid phone number; e.g. 0612345678 or +212612345678</source>
        <translation>n&apos;est pas un numéro de téléphone valide&#xa0;; par exemple 0612345678 ou +212612345678</translation>
    </message>
    <message>
        <location filename="../messages.py" line="118"/>
        <source>is not a valid e-mail address</source>
        <translation>n&apos;est pas une adresse e-mail valide</translation>
    </message>
    <message>
        <location filename="../messages.py" line="119"/>
        <source>is not a known province code (3 digits)</source>
        <translation>n&apos;est pas un code de province connu (3 chiffres)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="120"/>
        <source>must be a commune code like 01.051.01.03</source>
        <translation>doit être un code de commune tel que 01.051.01.03</translation>
    </message>
    <message>
        <location filename="../messages.py" line="121"/>
        <source>is not a commune of the chosen province</source>
        <translation>n&apos;est pas une commune de la province choisie</translation>
    </message>
    <message>
        <location filename="../messages.py" line="124"/>
        <source>is not in the list of communes</source>
        <translation>ne figure pas dans la liste des communes</translation>
    </message>
    <message>
        <location filename="../messages.py" line="125"/>
        <source>is outside this office&apos;s region (allowed, please check)</source>
        <translation>est hors de la région de ce bureau (autorisé, mais à vérifier)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="128"/>
        <source>is not in the activity list in force</source>
        <translation>ne figure pas dans la liste des activités en vigueur</translation>
    </message>
    <message>
        <location filename="../messages.py" line="129"/>
        <source>must be a year between {min} and {max}</source>
        <translation>doit être une année comprise entre {min} et {max}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="130"/>
        <source>cannot be before the year of birth</source>
        <translation>ne peut pas précéder l&apos;année de naissance</translation>
    </message>
    <message>
        <location filename="../messages.py" line="131"/>
        <source>gives less than the {years} years of practice this category needs</source>
        <translation>donne moins que les {years} années de pratique exigées pour cette catégorie</translation>
    </message>
    <message>
        <location filename="../messages.py" line="134"/>
        <source>is required for an artisan with a diploma</source>
        <translation>est obligatoire pour un artisan diplômé</translation>
    </message>
    <message>
        <location filename="../messages.py" line="137"/>
        <source>is not a valid number for this field</source>
        <translation>n&apos;est pas un numéro valide pour ce champ</translation>
    </message>
    <message>
        <location filename="../messages.py" line="138"/>
        <source>must be the 15 digits of a valid ICE</source>
        <translation>doit comporter les 15 chiffres d&apos;un ICE valide</translation>
    </message>
    <message>
        <location filename="../messages.py" line="140"/>
        <source>is required for a cooperative</source>
        <translation>est obligatoire pour une coopérative</translation>
    </message>
    <message>
        <location filename="../messages.py" line="141"/>
        <source>must be at least {min} for a cooperative</source>
        <translation>doit être d&apos;au moins {min} pour une coopérative</translation>
    </message>
    <message>
        <location filename="../messages.py" line="142"/>
        <source>is required for an enterprise</source>
        <translation>est obligatoire pour une entreprise</translation>
    </message>
    <message>
        <location filename="../messages.py" line="143"/>
        <source>does not designate a registered individual artisan</source>
        <translation>ne désigne pas un artisan individuel immatriculé</translation>
    </message>
    <message>
        <location filename="../messages.py" line="146"/>
        <source>designates an artisan whose registration is not in force</source>
        <translation>désigne un artisan dont l&apos;immatriculation n&apos;est pas en vigueur</translation>
    </message>
    <message>
        <location filename="../messages.py" line="149"/>
        <source>applies only to cooperatives and enterprises</source>
        <translation>ne concerne que les coopératives et les entreprises</translation>
    </message>
    <message>
        <location filename="../messages.py" line="152"/>
        <source>must be a JPEG or PNG image</source>
        <translation>doit être une image JPEG ou PNG</translation>
    </message>
    <message>
        <location filename="../messages.py" line="153"/>
        <source>is too large</source>
        <translation>est trop volumineuse</translation>
    </message>
    <message>
        <location filename="../messages.py" line="154"/>
        <source>is too small: at least {min} pixels on each side</source>
        <translation>est trop petite&#xa0;: au moins {min} pixels de chaque côté</translation>
    </message>
    <message>
        <location filename="../messages.py" line="157"/>
        <source>is not a valid registration number (check the digits)</source>
        <translation>n&apos;est pas un numéro d&apos;immatriculation valide (vérifiez les chiffres)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="160"/>
        <source>is already held by another record (another CIN)</source>
        <translation>est déjà attribué à un autre dossier (autre CIN)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="163"/>
        <source>cannot change this way from its current status</source>
        <translation>ne peut pas changer de cette façon à partir du statut actuel</translation>
    </message>
    <message>
        <location filename="../messages.py" line="166"/>
        <source>is required for this change</source>
        <translation>est obligatoire pour ce changement</translation>
    </message>
    <message>
        <location filename="../messages.py" line="167"/>
        <source>was changed by someone else since it was opened; reopen it</source>
        <translation>a été modifié par quelqu&apos;un d&apos;autre depuis son ouverture&#xa0;; rouvrez-le</translation>
    </message>
    <message>
        <location filename="../messages.py" line="170"/>
        <source>was not found</source>
        <translation>est introuvable</translation>
    </message>
    <message>
        <location filename="../messages.py" line="171"/>
        <source>is not allowed for your role</source>
        <translation>n&apos;est pas permis pour votre rôle</translation>
    </message>
    <message>
        <location filename="../messages.py" line="172"/>
        <source>is struck off and cannot be edited; reinstate it first</source>
        <translation>est radié et ne peut pas être modifié&#xa0;; réintégrez-le d&apos;abord</translation>
    </message>
    <message>
        <location filename="../messages.py" line="175"/>
        <source>belongs to another office: it can be read here, not edited, approved or printed</source>
        <translation>appartient à un autre bureau&#xa0;: il peut être consulté ici, mais ni modifié, ni validé, ni imprimé</translation>
    </message>
    <message>
        <location filename="../messages.py" line="179"/>
        <source>user name or password is wrong</source>
        <translation>nom d&apos;utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <location filename="../messages.py" line="180"/>
        <source>is locked after too many failed attempts; try again later</source>
        <translation>est bloqué après trop de tentatives échouées&#xa0;; réessayez plus tard</translation>
    </message>
    <message>
        <location filename="../messages.py" line="183"/>
        <source>is disabled; ask an administrator</source>
        <translation>est désactivé&#xa0;; adressez-vous à un administrateur</translation>
    </message>
    <message>
        <location filename="../messages.py" line="184"/>
        <source>must be 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation>doit comporter de 2 à 32 lettres minuscules, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, en commençant par une lettre</translation>
    </message>
    <message>
        <location filename="../messages.py" line="188"/>
        <source>is already used by another account</source>
        <translation>est déjà utilisé par un autre compte</translation>
    </message>
    <message>
        <location filename="../messages.py" line="189"/>
        <source>must have at least {min} characters</source>
        <translation>doit comporter au moins {min} caractères</translation>
    </message>
    <message>
        <location filename="../messages.py" line="190"/>
        <source>is the last active administrator and cannot be disabled</source>
        <translation>est le dernier administrateur actif et ne peut pas être désactivé</translation>
    </message>
    <message>
        <location filename="../messages.py" line="193"/>
        <source>must be between {min} and {max}</source>
        <translation>doit être compris entre {min} et {max}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="194"/>
        <source>is not registered: only registered records are printed</source>
        <translation>n&apos;est pas immatriculé&#xa0;: seuls les dossiers immatriculés sont imprimés</translation>
    </message>
    <message>
        <location filename="../messages.py" line="197"/>
        <source>was already printed: a reprint needs a reason</source>
        <translation>a déjà été imprimé&#xa0;: une réimpression exige un motif</translation>
    </message>
    <message>
        <location filename="../messages.py" line="200"/>
        <source>is already cancelled</source>
        <translation>est déjà annulé</translation>
    </message>
    <message>
        <location filename="../messages.py" line="201"/>
        <source>is in a print that was not confirmed: print it again or withdraw it first</source>
        <translation>fait partie d&apos;une impression non confirmée&#xa0;: imprimez-la de nouveau ou retirez-la d&apos;abord</translation>
    </message>
    <message>
        <location filename="../messages.py" line="204"/>
        <source>is being printed by another Hirfa program right now: let it finish</source>
        <translation>est en cours d&apos;impression par un autre programme Hirfa&#xa0;: laissez-le terminer</translation>
    </message>
    <message>
        <location filename="../messages.py" line="207"/>
        <source>is not an interrupted print: it was completed or withdrawn</source>
        <translation>n&apos;est pas une impression interrompue&#xa0;: elle a été terminée ou retirée</translation>
    </message>
    <message>
        <location filename="../messages.py" line="210"/>
        <source>is not a Hirfa public key file</source>
        <translation>n&apos;est pas un fichier de clé publique Hirfa</translation>
    </message>
    <message>
        <location filename="../messages.py" line="211"/>
        <source>is not a certificate of this device&apos;s key from a trusted root</source>
        <translation>n&apos;est pas un certificat de la clé de ce poste émis par une autorité de confiance</translation>
    </message>
    <message>
        <location filename="../messages.py" line="214"/>
        <source>cannot be read as a PDF file</source>
        <translation>ne peut pas être lu comme un fichier PDF</translation>
    </message>
    <message>
        <location filename="../messages.py" line="215"/>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../messages.py" line="216"/>
        <source>cannot be read</source>
        <translation>ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../messages.py" line="217"/>
        <source>is far too large for this kind of file</source>
        <translation>est bien trop volumineux pour ce type de fichier</translation>
    </message>
    <message>
        <location filename="../messages.py" line="218"/>
        <source>is not UTF-8 text: save it as UTF-8 (Unicode) and try again</source>
        <translation>n&apos;est pas un texte UTF-8&#xa0;: enregistrez-le en UTF-8 (Unicode) et réessayez</translation>
    </message>
    <message>
        <location filename="../messages.py" line="221"/>
        <source>has more pages than any batch of documents (2,000 at most)</source>
        <translation>compte plus de pages qu&apos;aucun lot de documents (2&#xa0;000 au plus)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="224"/>
        <source>has a page larger than any document Hirfa prints (A3 at most)</source>
        <translation>contient une page plus grande que tout document imprimé par Hirfa (A3 au plus)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="227"/>
        <source>is in the office&apos;s data folder, beside the store and its keys: save it in another folder</source>
        <translation>se trouve dans le dossier de données du bureau, à côté de la base et de ses clés&#xa0;: enregistrez-le dans un autre dossier</translation>
    </message>
    <message>
        <location filename="../messages.py" line="231"/>
        <source>already exists: choose another name, or ask for it to be replaced</source>
        <translation>existe déjà&#xa0;: choisissez un autre nom, ou demandez à le remplacer</translation>
    </message>
    <message>
        <location filename="../messages.py" line="234"/>
        <source>is in a folder that does not exist</source>
        <translation>se trouve dans un dossier qui n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../messages.py" line="235"/>
        <source>is a folder, not a file name</source>
        <translation>est un dossier, pas un nom de fichier</translation>
    </message>
    <message>
        <location filename="../messages.py" line="236"/>
        <source>is in a folder where this program may not write</source>
        <translation>se trouve dans un dossier où ce programme ne peut pas écrire</translation>
    </message>
    <message>
        <location filename="../messages.py" line="244"/>
        <source>Arabic</source>
        <translation>arabes</translation>
    </message>
    <message>
        <location filename="../messages.py" line="245"/>
        <source>Latin</source>
        <translation>latins</translation>
    </message>
</context>
<context>
    <name>print_log</name>
    <message>
        <location filename="../ui/printing/log_dialog.py" line="34"/>
        <source>Print the log</source>
        <translation>Imprimer le journal</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_dialog.py" line="36"/>
        <source>The print log of %1, to be signed.</source>
        <translation>Le journal des impressions du %1, à signer.</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_dialog.py" line="61"/>
        <source>Sending to the printer…</source>
        <translation>Envoi à l&apos;imprimante…</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_dialog.py" line="65"/>
        <source>The log was sent to the printer.</source>
        <translation>Le journal a été envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_dialog.py" line="73"/>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_dialog.py" line="77"/>
        <source>The log was saved in %1.</source>
        <translation>Le journal a été enregistré dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_dialog.py" line="92"/>
        <source>The printer did not take the job.</source>
        <translation>L&apos;imprimante n&apos;a pas accepté l&apos;impression.</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_dialog.py" line="94"/>
        <source>The file could not be written.</source>
        <translation>Le fichier n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_dialog.py" line="96"/>
        <source>The log could not be printed.</source>
        <translation>Le journal n&apos;a pas pu être imprimé.</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_screen.py" line="38"/>
        <source>Documents: %1 — copies: %2 — duplicates: %3 — cancelled: %4</source>
        <translation>Documents : %1 — exemplaires : %2 — duplicatas : %3 — annulés : %4</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_screen.py" line="108"/>
        <source>Print log</source>
        <translation>Journal des impressions</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_screen.py" line="111"/>
        <source>Day:</source>
        <translation>Jour :</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_screen.py" line="112"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_screen.py" line="113"/>
        <source>No document was printed on this day.</source>
        <translation>Aucun document n&apos;a été imprimé ce jour-là.</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_screen.py" line="114"/>
        <source>Open the record</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_screen.py" line="115"/>
        <source>Cancel the document…</source>
        <translation>Annuler le document…</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_screen.py" line="116"/>
        <source>Print the log…</source>
        <translation>Imprimer le journal…</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_screen.py" line="118"/>
        <source>The day&apos;s log on paper, to be signed and kept</source>
        <translation>Le journal du jour sur papier, à signer et à conserver</translation>
    </message>
</context>
<context>
    <name>print_queue</name>
    <message>
        <location filename="../ui/printing/queue_model.py" line="36"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_model.py" line="38"/>
        <source>Name (Latin)</source>
        <translation>Nom (latin)</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_model.py" line="39"/>
        <source>Name (Arabic)</source>
        <translation>Nom (arabe)</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_model.py" line="41"/>
        <source>Registered on</source>
        <translation>Immatriculé le</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_model.py" line="42"/>
        <source>Waiting for</source>
        <translation>En attente de</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_screen.py" line="54"/>
        <source>1 selected record already has this document: left out.</source>
        <translation>1 dossier sélectionné a déjà ce document : il est écarté.</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_screen.py" line="56"/>
        <source>%1 selected records already have this document: left out.</source>
        <translation>%1 dossiers sélectionnés ont déjà ce document : ils sont écartés.</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_screen.py" line="128"/>
        <source>Print queue</source>
        <translation>File d&apos;impression</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_screen.py" line="132"/>
        <source>Registered records waiting for their certificate of registration or professional card, longest waiting first. Select some or all, then print.</source>
        <translation>Dossiers immatriculés en attente de leur attestation d&apos;immatriculation ou de leur carte professionnelle, les plus anciens d&apos;abord. Sélectionnez-en quelques-uns ou tous, puis imprimez.</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_screen.py" line="138"/>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_screen.py" line="139"/>
        <source>Open the record</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_screen.py" line="140"/>
        <source>No record is waiting to be printed.</source>
        <translation>Aucun dossier n&apos;attend d&apos;impression.</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_screen.py" line="178"/>
        <source>%1 waiting</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_screen.py" line="212"/>
        <source>The selected records already have this document: nothing to print.</source>
        <translation>Les dossiers sélectionnés ont déjà ce document : rien à imprimer.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../ui/printing/batch.py" line="22"/>
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="../ui/printing/batch.py" line="44"/>
        <location filename="../ui/printing/preview_dialog.py" line="111"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../ui/printing/batch.py" line="45"/>
        <source>Print the documents of the selected records</source>
        <translation>Imprimer les documents des dossiers sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/printing/batch.py" line="47"/>
        <source>Certificates of registration…</source>
        <translation>Attestations d&apos;immatriculation…</translation>
    </message>
    <message>
        <location filename="../ui/printing/batch.py" line="48"/>
        <source>Professional cards (card printer)…</source>
        <translation>Cartes professionnelles (imprimante à cartes)…</translation>
    </message>
    <message>
        <location filename="../ui/printing/batch.py" line="49"/>
        <source>Professional cards on A4 sheets of ten…</source>
        <translation>Cartes professionnelles sur planches A4 de dix…</translation>
    </message>
    <message>
        <location filename="../ui/printing/batch.py" line="62"/>
        <source>1 selected record is left out: it is not registered.</source>
        <translation>1 dossier sélectionné est écarté : il n&apos;est pas immatriculé.</translation>
    </message>
    <message>
        <location filename="../ui/printing/batch.py" line="63"/>
        <source>%1 selected records are left out: they are not registered.</source>
        <translation>%1 dossiers sélectionnés sont écartés : ils ne sont pas immatriculés.</translation>
    </message>
    <message>
        <location filename="../ui/printing/batch.py" line="83"/>
        <source>None of the selected records is registered: only registered records print.</source>
        <translation>Aucun des dossiers sélectionnés n&apos;est immatriculé : seuls les dossiers immatriculés s&apos;impriment.</translation>
    </message>
    <message>
        <location filename="../ui/printing/cancellation.py" line="35"/>
        <source>Cancel a document</source>
        <translation>Annuler un document</translation>
    </message>
    <message>
        <location filename="../ui/printing/cancellation.py" line="51"/>
        <source>Cancel document %1 (%2, record %3)?</source>
        <translation>Annuler le document %1 (%2, dossier %3) ?</translation>
    </message>
    <message>
        <location filename="../ui/printing/cancellation.py" line="59"/>
        <source>It stays in the print log, no longer verifies at this office, and the record goes back to the print queue.</source>
        <translation>Il reste dans le journal des impressions, n&apos;est plus reconnu valide par ce bureau, et le dossier revient dans la file d&apos;impression.</translation>
    </message>
    <message>
        <location filename="../ui/printing/cancellation.py" line="66"/>
        <source>Reason (spoilt paper, an error…):</source>
        <translation>Motif (papier abîmé, erreur…) :</translation>
    </message>
    <message>
        <location filename="../ui/printing/cancellation.py" line="75"/>
        <source>Cancel the document</source>
        <translation>Annuler le document</translation>
    </message>
    <message>
        <location filename="../ui/printing/cancellation.py" line="77"/>
        <source>Keep it</source>
        <translation>Le conserver</translation>
    </message>
    <message>
        <location filename="../ui/printing/cancellation.py" line="115"/>
        <source>Cancelled: %1.</source>
        <translation>Annulé : %1.</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="43"/>
        <source>1 certificate of registration</source>
        <translation>1 attestation d&apos;immatriculation</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="44"/>
        <source>%1 certificates of registration</source>
        <translation>%1 attestations d&apos;immatriculation</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="46"/>
        <source>1 professional card</source>
        <translation>1 carte professionnelle</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="47"/>
        <source>%1 professional cards</source>
        <translation>%1 cartes professionnelles</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_dialog.py" line="46"/>
        <source>A4 sheets of ten cards (pre-cut card stock)</source>
        <translation>Planches A4 de dix cartes (support prédécoupé)</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_dialog.py" line="48"/>
        <source>One card a page, front and back (card printer)</source>
        <translation>Une carte par page, recto et verso (imprimante à cartes)</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_dialog.py" line="49"/>
        <source>A4 certificate</source>
        <translation>Attestation A4</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="53"/>
        <source>serial %1</source>
        <translation>n° de série %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="55"/>
        <source>serials %1 to %2</source>
        <translation>n° de série %1 à %2</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_dialog.py" line="138"/>
        <source>Print certificates of registration</source>
        <translation>Imprimer des attestations d&apos;immatriculation</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_dialog.py" line="140"/>
        <source>Print professional cards</source>
        <translation>Imprimer des cartes professionnelles</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_dialog.py" line="144"/>
        <source>%1. This is a preview: the serials and the signed QR codes are made when you print or save.</source>
        <translation>%1. Ceci est un aperçu : les numéros de série et les codes QR signés sont générés à l&apos;impression ou à l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_dialog.py" line="150"/>
        <source>Layout:</source>
        <translation>Mise en page :</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_dialog.py" line="153"/>
        <source>Copies of each:</source>
        <translation>Exemplaires de chacun :</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_dialog.py" line="154"/>
        <source>Reason for the reprint:</source>
        <translation>Motif de la réimpression :</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_dialog.py" line="155"/>
        <source>Required: lost, damaged, error…</source>
        <translation>Obligatoire : perte, détérioration, erreur…</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_dialog.py" line="165"/>
        <source>Already printed for %1 of these records: this is a reprint. It is marked DUPLICATA and gets a new serial; the earlier document stays valid unless it is cancelled.</source>
        <translation>Déjà imprimé pour %1 de ces dossiers : il s&apos;agit d&apos;une réimpression. Elle porte la mention DUPLICATA et reçoit un nouveau numéro de série ; le document précédent reste valable sauf s&apos;il est annulé.</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_dialog.py" line="172"/>
        <source>Already printed for %1 of these records: a reprint is for a supervisor.</source>
        <translation>Déjà imprimé pour %1 de ces dossiers : une réimpression relève d&apos;un superviseur.</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="67"/>
        <source>Issuing the documents…</source>
        <translation>Émission des documents…</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="104"/>
        <source>Sending to the printer…</source>
        <translation>Envoi à l&apos;imprimante…</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="106"/>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="151"/>
        <source>Nothing was printed.</source>
        <translation>Rien n&apos;a été imprimé.</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="137"/>
        <source>Sent to the printer: %1 (%2).</source>
        <translation>Envoyé à l&apos;imprimante : %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="139"/>
        <source>Saved: %1 (%2), in %3.</source>
        <translation>Enregistré : %1 (%2), dans %3.</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="162"/>
        <source>The documents were output but their print could not be recorded: the print queue shows it as interrupted.</source>
        <translation>Les documents ont été produits mais leur impression n&apos;a pas pu être enregistrée&#xa0;: la file d&apos;impression l&apos;indique comme interrompue.</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="171"/>
        <source>The printer did not take the job.</source>
        <translation>L&apos;imprimante n&apos;a pas accepté l&apos;impression.</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="173"/>
        <source>The file could not be written.</source>
        <translation>Le fichier n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="175"/>
        <source>The documents could not be drawn.</source>
        <translation>Les documents n&apos;ont pas pu être générés.</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="180"/>
        <source>The documents just issued were withdrawn: nothing is logged as printed.</source>
        <translation>Les documents qui venaient d&apos;être émis ont été retirés : rien n&apos;est enregistré comme imprimé.</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="56"/>
        <source>Certificate of registration</source>
        <translation>Attestation d&apos;immatriculation</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="57"/>
        <source>Professional card</source>
        <translation>Carte professionnelle</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="63"/>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="64"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="69"/>
        <source>Issued</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="70"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="71"/>
        <source>Serial</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="72"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="73"/>
        <source>Registration number</source>
        <translation>N° d&apos;immatriculation</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="74"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="75"/>
        <source>Printed by</source>
        <translation>Imprimé par</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="76"/>
        <source>Copies</source>
        <translation>Exemplaires</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="77"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="78"/>
        <source>Remarks</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="88"/>
        <source>Duplicate of %1: %2</source>
        <translation>Duplicata de %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="94"/>
        <source>Withdrawn by %1 on %2: %3</source>
        <translation>Retiré par %1 le %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="101"/>
        <source>Cancelled by %1 on %2: %3</source>
        <translation>Annulé par %1 le %2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="207"/>
        <source>Not confirmed printed</source>
        <translation>Impression non confirmée</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="209"/>
        <source>Withdrawn (never printed)</source>
        <translation>Retiré (jamais imprimé)</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="211"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="213"/>
        <source>In force (duplicate)</source>
        <translation>Valable (duplicata)</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="214"/>
        <source>In force</source>
        <translation>Valable</translation>
    </message>
    <message>
        <location filename="../ui/printing/pdf_pane.py" line="76"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../ui/printing/pdf_pane.py" line="77"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../ui/printing/pdf_pane.py" line="112"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview_dialog.py" line="112"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview_dialog.py" line="114"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview_dialog.py" line="116"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview_dialog.py" line="141"/>
        <location filename="../ui/printing/resume_dialog.py" line="45"/>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview_dialog.py" line="153"/>
        <source>The preview could not be shown.</source>
        <translation>L&apos;aperçu n&apos;a pas pu être affiché.</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview_dialog.py" line="160"/>
        <source>The preview could not be prepared.</source>
        <translation>L&apos;aperçu n&apos;a pas pu être préparé.</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview_dialog.py" line="214"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview_dialog.py" line="216"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/printing/record_documents.py" line="42"/>
        <source>Reprint certificate…</source>
        <translation>Réimprimer l&apos;attestation…</translation>
    </message>
    <message>
        <location filename="../ui/printing/record_documents.py" line="43"/>
        <source>Print certificate…</source>
        <translation>Imprimer l&apos;attestation…</translation>
    </message>
    <message>
        <location filename="../ui/printing/record_documents.py" line="45"/>
        <source>Reprint card…</source>
        <translation>Réimprimer la carte…</translation>
    </message>
    <message>
        <location filename="../ui/printing/record_documents.py" line="46"/>
        <source>Print card…</source>
        <translation>Imprimer la carte…</translation>
    </message>
    <message>
        <location filename="../ui/printing/record_documents.py" line="103"/>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <location filename="../ui/printing/record_documents.py" line="109"/>
        <source>No certificate or card was printed for this record.</source>
        <translation>Aucune attestation ni carte n&apos;a été imprimée pour ce dossier.</translation>
    </message>
    <message>
        <location filename="../ui/printing/record_documents.py" line="113"/>
        <source>Cancel the document…</source>
        <translation>Annuler le document…</translation>
    </message>
    <message>
        <location filename="../ui/printing/record_documents.py" line="115"/>
        <source>Spoilt paper, an error: the document stays in the log.</source>
        <translation>Papier abîmé, erreur : le document reste dans le journal.</translation>
    </message>
    <message>
        <location filename="../ui/printing/record_documents.py" line="162"/>
        <source>In a print that was interrupted: print it again or withdraw it first.</source>
        <translation>Dans une impression interrompue&#xa0;: imprimez-la de nouveau ou retirez-la d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../ui/printing/record_documents.py" line="167"/>
        <source>Already printed: a reprint is for a supervisor.</source>
        <translation>Déjà imprimé : une réimpression relève d&apos;un superviseur.</translation>
    </message>
    <message>
        <location filename="../ui/printing/record_documents.py" line="169"/>
        <source>Already printed: the reprint is marked DUPLICATA, with a reason.</source>
        <translation>Déjà imprimé : la réimpression porte la mention DUPLICATA et exige un motif.</translation>
    </message>
    <message>
        <location filename="../ui/printing/refusals.py" line="24"/>
        <source>Nothing was printed: only registered records are printed (%1).</source>
        <translation>Rien n&apos;a été imprimé : seuls les dossiers immatriculés sont imprimés (%1).</translation>
    </message>
    <message>
        <location filename="../ui/printing/refusals.py" line="28"/>
        <source>Nothing was printed: %1 already printed, give the reason for the reprint.</source>
        <translation>Rien n&apos;a été imprimé : %1 déjà imprimé, indiquez le motif de la réimpression.</translation>
    </message>
    <message>
        <location filename="../ui/printing/refusals.py" line="32"/>
        <source>Nothing was printed: a print that was interrupted holds %1. Print it again or withdraw it from the print queue first.</source>
        <translation>Rien n&apos;a été imprimé&#xa0;: une impression interrompue contient %1. Imprimez-la de nouveau ou retirez-la d&apos;abord depuis la file d&apos;impression.</translation>
    </message>
    <message>
        <location filename="../ui/printing/refusals.py" line="38"/>
        <source>Another Hirfa program is printing this right now: let it finish.</source>
        <translation>Un autre programme Hirfa est en train de l&apos;imprimer&#xa0;: laissez-le terminer.</translation>
    </message>
    <message>
        <location filename="../ui/printing/refusals.py" line="42"/>
        <source>This print was completed or withdrawn meanwhile.</source>
        <translation>Cette impression a été terminée ou retirée entre-temps.</translation>
    </message>
    <message>
        <location filename="../ui/printing/refusals.py" line="44"/>
        <source>This document is already cancelled.</source>
        <translation>Ce document est déjà annulé.</translation>
    </message>
    <message>
        <location filename="../ui/printing/refusals.py" line="46"/>
        <source>No document of this office has this serial.</source>
        <translation>Aucun document de ce bureau ne porte ce numéro de série.</translation>
    </message>
    <message>
        <location filename="../ui/printing/refusals.py" line="48"/>
        <source>Your role does not allow this: reprints and cancellations are for a supervisor.</source>
        <translation>Votre rôle ne le permet pas : les réimpressions et les annulations relèvent d&apos;un superviseur.</translation>
    </message>
    <message>
        <location filename="../ui/printing/resume_dialog.py" line="65"/>
        <source>Print an interrupted print again</source>
        <translation>Imprimer de nouveau une impression interrompue</translation>
    </message>
    <message>
        <location filename="../ui/printing/resume_dialog.py" line="72"/>
        <source>An interrupted print: %1, reserved by %2 on %3. Printing or saving it now confirms it, with the same serials; closing this window leaves it interrupted.</source>
        <translation>Une impression interrompue&#xa0;: %1, réservée par %2 le %3. L&apos;imprimer ou l&apos;enregistrer maintenant la confirme, avec les mêmes numéros de série&#xa0;; fermer cette fenêtre la laisse interrompue.</translation>
    </message>
    <message>
        <location filename="../ui/printing/resume_dialog.py" line="84"/>
        <source>No longer registered, so withdrawn from this print: %1.</source>
        <translation>Plus immatriculés, donc retirés de cette impression&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/printing/resume_dialog.py" line="92"/>
        <source>Nothing to print.</source>
        <translation>Rien à imprimer.</translation>
    </message>
</context>
<context>
    <name>record</name>
    <message>
        <location filename="../ui/record/dialog.py" line="189"/>
        <location filename="../ui/record/dialog.py" line="202"/>
        <location filename="../ui/record/dialog.py" line="232"/>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../ui/record/dialog.py" line="190"/>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <location filename="../ui/record/dialog.py" line="191"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../ui/record/dialog.py" line="192"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../ui/record/dialog.py" line="193"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/record/dialog.py" line="241"/>
        <source>Record %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location filename="../ui/record/dialog.py" line="260"/>
        <source>Returned by %1 on %2: %3</source>
        <translation>Renvoyé par %1 le %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/record/dialog.py" line="281"/>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <location filename="../ui/record/dialog.py" line="338"/>
        <source>Done. The status is now: %1.</source>
        <translation>Opération effectuée. Le statut est maintenant&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/record/dialog.py" line="348"/>
        <source>Status not changed</source>
        <translation>Statut non modifié</translation>
    </message>
    <message>
        <location filename="../ui/record/display.py" line="133"/>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <location filename="../ui/record/feedback.py" line="41"/>
        <source>Someone else changed this record since it was opened. It has been reloaded: check it and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce dossier depuis son ouverture. Il a été rechargé&#xa0;: vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/record/feedback.py" line="47"/>
        <source>Your role does not allow this action.</source>
        <translation>Votre rôle ne permet pas cette opération.</translation>
    </message>
    <message>
        <location filename="../ui/record/feedback.py" line="49"/>
        <source>This record is struck off and cannot be edited. Reinstate it first.</source>
        <translation>Ce dossier est radié et ne peut pas être modifié. Réintégrez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../ui/record/feedback.py" line="53"/>
        <source>This record was not found in the register.</source>
        <translation>Ce dossier est introuvable dans le registre.</translation>
    </message>
    <message>
        <location filename="../ui/record/feedback.py" line="59"/>
        <source>The action was refused.</source>
        <translation>L&apos;opération a été refusée.</translation>
    </message>
    <message>
        <location filename="../ui/record/history.py" line="50"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/record/history.py" line="51"/>
        <source>Action</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location filename="../ui/record/history.py" line="52"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/record/history.py" line="53"/>
        <location filename="../ui/record/history.py" line="106"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../ui/record/history.py" line="54"/>
        <source>Reason or comment</source>
        <translation>Motif ou commentaire</translation>
    </message>
    <message>
        <location filename="../ui/record/history.py" line="105"/>
        <source>When / field</source>
        <translation>Date / champ</translation>
    </message>
    <message>
        <location filename="../ui/record/history.py" line="107"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../ui/record/history.py" line="108"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../ui/record/reason.py" line="22"/>
        <source>Comment for the clerk: what must be corrected?</source>
        <translation>Commentaire pour l&apos;agent&#xa0;: que faut-il corriger&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/record/reason.py" line="23"/>
        <source>Reason for this change (kept in the record&apos;s history):</source>
        <translation>Motif de ce changement (conservé dans l&apos;historique du dossier)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/record/reason.py" line="53"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/record/reason.py" line="74"/>
        <source>At most %1 characters (%2 typed).</source>
        <translation>%1 caractères au maximum (%2 saisis).</translation>
    </message>
    <message>
        <location filename="../ui/record/reason.py" line="79"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location filename="../ui/record/reason.py" line="81"/>
        <source>Optional.</source>
        <translation>Facultatif.</translation>
    </message>
    <message>
        <location filename="../ui/record/sections.py" line="51"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../ui/record/sections.py" line="52"/>
        <source>Contact and address</source>
        <translation>Coordonnées et adresse</translation>
    </message>
    <message>
        <location filename="../ui/record/sections.py" line="53"/>
        <source>Craft activity</source>
        <translation>Activité artisanale</translation>
    </message>
    <message>
        <location filename="../ui/record/sections.py" line="54"/>
        <source>Cooperative or enterprise</source>
        <translation>Coopérative ou entreprise</translation>
    </message>
    <message>
        <location filename="../ui/record/sections.py" line="55"/>
        <source>Social security and tax</source>
        <translation>Protection sociale et fiscalité</translation>
    </message>
    <message>
        <location filename="../ui/record/sections.py" line="56"/>
        <source>Registration</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <location filename="../ui/record/sections.py" line="63"/>
        <source>Registration number</source>
        <translation>N° d&apos;immatriculation</translation>
    </message>
    <message>
        <location filename="../ui/record/sections.py" line="64"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../ui/record/sections.py" line="65"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../ui/record/sections.py" line="66"/>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../ui/record/sections.py" line="67"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>register</name>
    <message>
        <location filename="../ui/register/export.py" line="22"/>
        <source>Export the result</source>
        <translation>Exporter le résultat</translation>
    </message>
    <message>
        <location filename="../ui/register/export.py" line="37"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../ui/register/export.py" line="37"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/register/export.py" line="40"/>
        <source>Save the artisans found (search and filters) as XLSX or CSV</source>
        <translation>Enregistrer les artisans trouvés (recherche et filtres) en XLSX ou CSV</translation>
    </message>
    <message>
        <location filename="../ui/register/export.py" line="50"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/register/export.py" line="51"/>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/register/export.py" line="90"/>
        <source>%1 artisans exported to:
%2</source>
        <translation>%1 artisans exportés vers&#xa0;:
%2</translation>
    </message>
    <message>
        <location filename="../ui/register/export.py" line="106"/>
        <source>The file could not be written.</source>
        <translation>Le fichier n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="../ui/register/filters.py" line="125"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../ui/register/filters.py" line="131"/>
        <source>All branches</source>
        <translation>Toutes les branches</translation>
    </message>
    <message>
        <location filename="../ui/register/filters.py" line="137"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../ui/register/filters.py" line="142"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../ui/register/filters.py" line="147"/>
        <source>Men and women</source>
        <translation>Hommes et femmes</translation>
    </message>
    <message>
        <location filename="../ui/register/filters.py" line="160"/>
        <source>Registered from</source>
        <translation>Immatriculés du</translation>
    </message>
    <message>
        <location filename="../ui/register/filters.py" line="161"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../ui/register/filters.py" line="163"/>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../ui/register/filters.py" line="164"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../ui/register/filters.py" line="170"/>
        <source>All provinces</source>
        <translation>Toutes les provinces</translation>
    </message>
    <message>
        <location filename="../ui/register/filters.py" line="176"/>
        <source>All activities</source>
        <translation>Toutes les activités</translation>
    </message>
    <message>
        <location filename="../ui/register/returned.py" line="64"/>
        <source>Registration number</source>
        <translation>N° d&apos;immatriculation</translation>
    </message>
    <message>
        <location filename="../ui/register/returned.py" line="65"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/register/returned.py" line="66"/>
        <source>Supervisor&apos;s comment</source>
        <translation>Commentaire du superviseur</translation>
    </message>
    <message>
        <location filename="../ui/register/returned.py" line="67"/>
        <source>Returned by</source>
        <translation>Renvoyé par</translation>
    </message>
    <message>
        <location filename="../ui/register/returned.py" line="68"/>
        <source>Returned on</source>
        <translation>Renvoyé le</translation>
    </message>
    <message>
        <location filename="../ui/register/returned.py" line="72"/>
        <source>Returned to me for correction (%1)</source>
        <translation>Renvoyés pour correction (%1)</translation>
    </message>
    <message>
        <location filename="../ui/register/screen.py" line="43"/>
        <source>1 artisan</source>
        <translation>1 artisan</translation>
    </message>
    <message>
        <location filename="../ui/register/screen.py" line="44"/>
        <source>%1 artisans</source>
        <translation>%1 artisans</translation>
    </message>
    <message>
        <location filename="../ui/register/screen.py" line="126"/>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../ui/register/screen.py" line="130"/>
        <source>Search: name (Latin or Arabic), CIN, registration number or phone</source>
        <translation>Rechercher&#xa0;: nom (latin ou arabe), CIN, n° d&apos;immatriculation ou téléphone</translation>
    </message>
    <message>
        <location filename="../ui/register/screen.py" line="139"/>
        <source>No artisan matches this search.</source>
        <translation>Aucun artisan ne correspond à cette recherche.</translation>
    </message>
    <message>
        <location filename="../ui/register/screen.py" line="184"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../ui/register/table_model.py" line="83"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../ui/register/table_model.py" line="85"/>
        <source>Name (Latin)</source>
        <translation>Nom (latin)</translation>
    </message>
    <message>
        <location filename="../ui/register/table_model.py" line="86"/>
        <source>Name (Arabic)</source>
        <translation>Nom (arabe)</translation>
    </message>
    <message>
        <location filename="../ui/register/table_model.py" line="88"/>
        <source>Birth date</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <location filename="../ui/register/table_model.py" line="89"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../ui/register/table_model.py" line="93"/>
        <source>Registered on</source>
        <translation>Immatriculé le</translation>
    </message>
    <message>
        <location filename="../ui/register/table_model.py" line="278"/>
        <source>Click to sort by this column; click again to reverse.</source>
        <translation>Cliquez pour trier selon cette colonne&#xa0;; cliquez à nouveau pour inverser l&apos;ordre.</translation>
    </message>
    <message>
        <location filename="../ui/register/table_model.py" line="280"/>
        <source>This column cannot be sorted.</source>
        <translation>Cette colonne ne peut pas être triée.</translation>
    </message>
</context>
<context>
    <name>registration</name>
    <message>
        <location filename="../ui/registration/banner.py" line="64"/>
        <location filename="../ui/registration/duplicates_panel.py" line="100"/>
        <source>Open the record</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../ui/registration/banner.py" line="65"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/registration/banner.py" line="70"/>
        <source>Changes saved to registration No. %1 (version %2).</source>
        <translation>Modifications enregistrées dans l&apos;immatriculation n° %1 (version %2).</translation>
    </message>
    <message>
        <location filename="../ui/registration/banner.py" line="73"/>
        <source>Registered under No. %1. Status: %2.</source>
        <translation>Immatriculé sous le n° %1. Statut&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../ui/registration/crop.py" line="200"/>
        <source>Crop the photo</source>
        <translation>Recadrer la photo</translation>
    </message>
    <message>
        <location filename="../ui/registration/crop.py" line="203"/>
        <source>Drag the frame over the face. Drag its corner, turn the wheel or press + and − to resize it; the arrow keys move it.</source>
        <translation>Faites glisser le cadre sur le visage. Pour le redimensionner, faites glisser son coin, tournez la molette ou appuyez sur + et −&#xa0;; les flèches le déplacent.</translation>
    </message>
    <message>
        <location filename="../ui/registration/crop.py" line="214"/>
        <source>Crop</source>
        <translation>Recadrer</translation>
    </message>
    <message>
        <location filename="../ui/registration/crop.py" line="217"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/registration/duplicates_panel.py" line="31"/>
        <source>Same CIN</source>
        <translation>Même CIN</translation>
    </message>
    <message>
        <location filename="../ui/registration/duplicates_panel.py" line="33"/>
        <source>Same name and birth date</source>
        <translation>Mêmes nom et date de naissance</translation>
    </message>
    <message>
        <location filename="../ui/registration/duplicates_panel.py" line="34"/>
        <source>Similar name (%1%)</source>
        <translation>Nom proche (%1&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../ui/registration/duplicates_panel.py" line="44"/>
        <source>CIN %1</source>
        <translation>CIN %1</translation>
    </message>
    <message>
        <location filename="../ui/registration/duplicates_panel.py" line="45"/>
        <source>No. %1</source>
        <translation>N° %1</translation>
    </message>
    <message>
        <location filename="../ui/registration/duplicates_panel.py" line="131"/>
        <source>Possible duplicates: %1</source>
        <translation>Doublons possibles&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/registration/duplicates_panel.py" line="137"/>
        <source>No similar record in the register.</source>
        <translation>Aucun dossier semblable dans le registre.</translation>
    </message>
    <message>
        <location filename="../ui/registration/editors.py" line="51"/>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="132"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="147"/>
        <source>Contact and address</source>
        <translation>Coordonnées et adresse</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="158"/>
        <source>Craft</source>
        <translation>Métier</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="165"/>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="169"/>
        <source>Social and fiscal</source>
        <translation>Protection sociale et fiscalité</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="181"/>
        <source>Cooperative or enterprise</source>
        <translation>Coopérative ou entreprise</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="187"/>
        <source>Name (Latin)</source>
        <translation>Nom (latin)</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="193"/>
        <source>Name (Arabic)</source>
        <translation>Nom (arabe)</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="201"/>
        <source>Supervising artisan</source>
        <translation>Artisan encadrant</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="204"/>
        <source>Registration</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="388"/>
        <source>Write each name in Latin letters, in Arabic letters or both.</source>
        <translation>Saisissez chaque nom en caractères latins, en caractères arabes ou les deux.</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="392"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="393"/>
        <source>Type a code or part of a name</source>
        <translation>Saisissez un code ou une partie du nom</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="395"/>
        <source>e.g. AB123456</source>
        <translation>ex. AB123456</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="396"/>
        <source>e.g. 0612345678</source>
        <translation>ex. 0612345678</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="399"/>
        <source>Registration No. of the artisan</source>
        <translation>N° d&apos;immatriculation de l&apos;artisan</translation>
    </message>
    <message>
        <location filename="../ui/registration/photo_box.py" line="101"/>
        <source>From a file…</source>
        <translation>Depuis un fichier…</translation>
    </message>
    <message>
        <location filename="../ui/registration/photo_box.py" line="103"/>
        <source>Take the photo from a JPEG or PNG file</source>
        <translation>Prendre la photo dans un fichier JPEG ou PNG</translation>
    </message>
    <message>
        <location filename="../ui/registration/photo_box.py" line="105"/>
        <source>Latest scan</source>
        <translation>Dernier scan</translation>
    </message>
    <message>
        <location filename="../ui/registration/photo_box.py" line="107"/>
        <source>Take the newest image of the scanner&apos;s folder</source>
        <translation>Prendre l&apos;image la plus récente du dossier du scanner</translation>
    </message>
    <message>
        <location filename="../ui/registration/photo_box.py" line="109"/>
        <source>Choose the scanner&apos;s folder…</source>
        <translation>Choisir le dossier du scanner…</translation>
    </message>
    <message>
        <location filename="../ui/registration/photo_box.py" line="110"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/registration/photo_box.py" line="127"/>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <location filename="../ui/registration/photo_box.py" line="150"/>
        <source>Choose the photo</source>
        <translation>Choisir la photo</translation>
    </message>
    <message>
        <location filename="../ui/registration/photo_box.py" line="152"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../ui/registration/photo_box.py" line="161"/>
        <source>Choose the folder where the scanner saves its images</source>
        <translation>Choisir le dossier où le scanner enregistre ses images</translation>
    </message>
    <message>
        <location filename="../ui/registration/photo_box.py" line="176"/>
        <source>The scanner&apos;s folder %1 cannot be read.</source>
        <translation>Le dossier du scanner %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../ui/registration/photo_box.py" line="185"/>
        <source>There is no JPEG or PNG image in %1.</source>
        <translation>Il n&apos;y a aucune image JPEG ou PNG dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/registration/place.py" line="47"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../ui/registration/place.py" line="55"/>
        <source>Code, e.g. 01.051.01.03</source>
        <translation>Code, ex. 01.051.01.03</translation>
    </message>
    <message>
        <location filename="../ui/registration/restore.py" line="67"/>
        <source>You have an unfinished registration from %1. Restore it?</source>
        <translation>Vous avez une immatriculation inachevée du %1. La restaurer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/registration/restore.py" line="71"/>
        <source>You have unfinished changes to a record from %1. Restore them?</source>
        <translation>Vous avez des modifications inachevées d&apos;un dossier du %1. Les restaurer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/registration/restore.py" line="77"/>
        <source>Unfinished registration</source>
        <translation>Immatriculation inachevée</translation>
    </message>
    <message>
        <location filename="../ui/registration/restore.py" line="80"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../ui/registration/restore.py" line="81"/>
        <source>Discard it</source>
        <translation>L&apos;abandonner</translation>
    </message>
    <message>
        <location filename="../ui/registration/restore.py" line="82"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="39"/>
        <source>Your role does not allow this change.</source>
        <translation>Votre rôle ne permet pas ce changement.</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="41"/>
        <source>This record is struck off and cannot be changed. Reinstate it first.</source>
        <translation>Ce dossier est radié et ne peut pas être modifié. Réintégrez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="45"/>
        <source>This record is no longer in the register.</source>
        <translation>Ce dossier ne figure plus dans le registre.</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="46"/>
        <source>The register refused the save.</source>
        <translation>Le registre a refusé l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="72"/>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="113"/>
        <source>Not saved: correct the fields marked in red (%1).</source>
        <translation>Non enregistré&#xa0;: corrigez les champs signalés en rouge (%1).</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="129"/>
        <source>Not saved: this CIN is already registered (see the record beside the form).</source>
        <translation>Non enregistré&#xa0;: cette CIN est déjà immatriculée (voir le dossier à côté du formulaire).</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="139"/>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="140"/>
        <source>This person may already be in the register:</source>
        <translation>Cette personne figure peut-être déjà dans le registre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="144"/>
        <source>Register anyway?</source>
        <translation>Immatriculer quand même&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="146"/>
        <source>Register anyway</source>
        <translation>Immatriculer quand même</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="147"/>
        <source>Do not register</source>
        <translation>Ne pas immatriculer</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="197"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="198"/>
        <source>Someone else saved this record after you opened it, so your changes were not saved. Reload the record to see its current state? What you typed stays in the form until you choose.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré ce dossier après que vous l&apos;avez ouvert&#xa0;: vos modifications n&apos;ont donc pas été enregistrées. Recharger le dossier pour voir son état actuel&#xa0;? Votre saisie reste dans le formulaire tant que vous n&apos;avez pas choisi.</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="206"/>
        <source>Reload the record</source>
        <translation>Recharger le dossier</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="209"/>
        <source>Keep what I typed</source>
        <translation>Garder ma saisie</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="213"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="158"/>
        <location filename="../ui/registration/screen.py" line="244"/>
        <source>New registration</source>
        <translation>Nouvelle immatriculation</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="159"/>
        <source>Edit registration %1</source>
        <translation>Modifier l&apos;immatriculation %1</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="168"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="169"/>
        <source>Already in the register?</source>
        <translation>Déjà dans le registre&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="170"/>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="171"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="172"/>
        <source>Start a new registration (Ctrl+N)</source>
        <translation>Commencer une nouvelle immatriculation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="173"/>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="174"/>
        <source>Discard what was typed (Esc)</source>
        <translation>Abandonner la saisie (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="175"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="176"/>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="218"/>
        <source>This record is struck off: it cannot be changed until it is reinstated.</source>
        <translation>Ce dossier est radié&#xa0;: il ne peut pas être modifié tant qu&apos;il n&apos;est pas réintégré.</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="245"/>
        <source>Discard the changes typed in this form and start a new one?</source>
        <translation>Abandonner les modifications saisies dans ce formulaire et en commencer un nouveau&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="249"/>
        <source>Discard and start a new one</source>
        <translation>Abandonner et recommencer</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="250"/>
        <location filename="../ui/registration/screen.py" line="272"/>
        <location filename="../ui/registration/screen.py" line="370"/>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="263"/>
        <source>Edit a record</source>
        <translation>Modifier un dossier</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="264"/>
        <source>Discard the changes typed in this form and open the record?</source>
        <translation>Abandonner les modifications saisies dans ce formulaire et ouvrir le dossier&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="269"/>
        <source>Discard and open</source>
        <translation>Abandonner et ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="308"/>
        <source>The record was not found in the register.</source>
        <translation>Le dossier est introuvable dans le registre.</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="366"/>
        <source>Discard the changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="367"/>
        <source>Discard what was typed in this form?</source>
        <translation>Abandonner la saisie de ce formulaire&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="369"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../ui/review/screen.py" line="96"/>
        <source>Review queue</source>
        <translation>File de validation</translation>
    </message>
    <message>
        <location filename="../ui/review/screen.py" line="100"/>
        <source>Registrations waiting for review, oldest first. Open one to check it in full, or approve it or return it to the clerk with a comment.</source>
        <translation>Immatriculations en attente de validation, les plus anciennes d&apos;abord. Ouvrez-en une pour la vérifier en entier, ou validez-la, ou renvoyez-la à l&apos;agent avec un commentaire.</translation>
    </message>
    <message>
        <location filename="../ui/review/screen.py" line="106"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/review/screen.py" line="109"/>
        <source>No registration is waiting for review.</source>
        <translation>Aucune immatriculation n&apos;est en attente de validation.</translation>
    </message>
    <message>
        <location filename="../ui/review/screen.py" line="150"/>
        <source>%1 waiting</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <location filename="../ui/review/screen.py" line="206"/>
        <source>Approved: %1 — %2</source>
        <translation>Validé&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/review/screen.py" line="208"/>
        <source>Returned to the clerk: %1 — %2</source>
        <translation>Renvoyé à l&apos;agent&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/review/screen.py" line="221"/>
        <source>Status not changed</source>
        <translation>Statut non modifié</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../ui/store_state.py" line="17"/>
        <source>The office store %1 is empty (0 bytes): it is not an office store. If this office had one, put back its last backup copy; if not, move the file away and start Hirfa again to create the office.</source>
        <translation>La base du bureau %1 est vide (0 octet)&#xa0;: ce n&apos;est pas une base de bureau. Si ce bureau en avait une, remettez-en la dernière copie de sauvegarde&#xa0;; sinon, déplacez le fichier et relancez Hirfa pour créer le bureau.</translation>
    </message>
    <message>
        <location filename="../ui/store_state.py" line="23"/>
        <source>%1 is not a Hirfa office store; nothing was changed in it. Put back the store&apos;s backup copy, or move the file away and start Hirfa again to create the office.</source>
        <translation>%1 n&apos;est pas une base de bureau Hirfa&#xa0;; rien n&apos;y a été modifié. Remettez la copie de sauvegarde de la base, ou déplacez le fichier et relancez Hirfa pour créer le bureau.</translation>
    </message>
    <message>
        <location filename="../ui/store_state.py" line="29"/>
        <source>The creation of the office store %1 was interrupted: it names no office. Move it away and start Hirfa again to create the office.</source>
        <translation>La création de la base du bureau %1 a été interrompue&#xa0;: elle ne nomme aucun bureau. Déplacez-la et relancez Hirfa pour créer le bureau.</translation>
    </message>
    <message>
        <location filename="../ui/store_state.py" line="34"/>
        <source>The office store %1 is damaged. Nothing more is written to it. Put back the last backup copy of the data folder (the store and its keys folder), then start Hirfa again; keep the damaged file for support.</source>
        <translation>La base du bureau %1 est endommagée. Plus rien n&apos;y est écrit. Remettez la dernière copie de sauvegarde du dossier de données (la base et son dossier de clés), puis relancez Hirfa&#xa0;; gardez le fichier endommagé pour l&apos;assistance.</translation>
    </message>
    <message>
        <location filename="../ui/store_state.py" line="40"/>
        <source>The office store %1 was made by a newer version of Hirfa. Use that version: this one changes nothing in it.</source>
        <translation>La base du bureau %1 a été créée par une version plus récente de Hirfa. Utilisez cette version&#xa0;: celle-ci n&apos;y change rien.</translation>
    </message>
    <message>
        <location filename="../ui/store_state.py" line="45"/>
        <source>The office store %1 needs an upgrade for this version of Hirfa, which its read-only disk cannot take. Open it once where it can be written.</source>
        <translation>La base du bureau %1 doit être mise à niveau pour cette version de Hirfa, ce que son disque en lecture seule ne permet pas. Ouvrez-la une fois là où elle peut être écrite.</translation>
    </message>
    <message>
        <location filename="../ui/store_state.py" line="53"/>
        <source>What was found:</source>
        <translation>Constat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/store_state.py" line="59"/>
        <source>The office store %1 is on a read-only disk. The window needs to save (every login, every change): make the disk writable, or copy the data folder to one that is. The command line can still read it (hirfa search, show, export).</source>
        <translation>La base du bureau %1 est sur un disque en lecture seule. La fenêtre doit enregistrer (à chaque connexion, à chaque modification)&#xa0;: rendez le disque accessible en écriture, ou copiez le dossier de données sur un disque qui l&apos;est. La ligne de commande peut toujours la lire (hirfa search, show, export).</translation>
    </message>
    <message>
        <location filename="../ui/store_state.py" line="71"/>
        <source>The disk of the office store is full: this was not saved. Free some space on it and try again; what you typed is still here.</source>
        <translation>Le disque de la base du bureau est plein&#xa0;: ceci n&apos;a pas été enregistré. Libérez de la place et réessayez&#xa0;; ce que vous avez saisi est toujours là.</translation>
    </message>
    <message>
        <location filename="../ui/store_state.py" line="77"/>
        <source>The office store is on a read-only disk: nothing can be saved.</source>
        <translation>La base du bureau est sur un disque en lecture seule&#xa0;: rien ne peut être enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/store_state.py" line="79"/>
        <source>The office store is busy: another program keeps it locked. Try again.</source>
        <translation>La base du bureau est occupée&#xa0;: un autre programme la garde verrouillée. Réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/store_state.py" line="83"/>
        <source>The disk of the office store could not be read or written: check that it is connected and working, then try again.</source>
        <translation>Le disque de la base du bureau n&apos;a pu être lu ou écrit&#xa0;: vérifiez qu&apos;il est branché et qu&apos;il fonctionne, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/store_state.py" line="89"/>
        <source>The office store is damaged: nothing more is saved. Close Hirfa and put back the last backup copy of the data folder.</source>
        <translation>La base du bureau est endommagée&#xa0;: plus rien n&apos;est enregistré. Fermez Hirfa et remettez la dernière copie de sauvegarde du dossier de données.</translation>
    </message>
</context>
<context>
    <name>verification</name>
    <message>
        <location filename="../messages.py" line="329"/>
        <source>This is not a Hirfa document code, or it is damaged.</source>
        <translation>Ce n&apos;est pas un code de document Hirfa, ou il est endommagé.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="332"/>
        <source>The code is incomplete: it was cut short. Scan it again.</source>
        <translation>Le code est incomplet&#xa0;: il a été tronqué. Scannez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="335"/>
        <source>The code was made by a newer version of Hirfa: update this program.</source>
        <translation>Le code a été produit par une version plus récente de Hirfa&#xa0;: mettez ce programme à jour.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="338"/>
        <source>The signature does not match: the content was changed or forged.</source>
        <translation>La signature ne correspond pas&#xa0;: le contenu a été modifié ou falsifié.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="341"/>
        <source>Signed by a device this office does not trust.</source>
        <translation>Signé par un poste auquel ce bureau ne fait pas confiance.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="344"/>
        <source>The issuing device&apos;s certificate does not come from a trusted authority.</source>
        <translation>Le certificat du poste émetteur ne provient pas d&apos;une autorité de confiance.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="348"/>
        <source>The issuing device&apos;s certificate was not valid on the issue date.</source>
        <translation>Le certificat du poste émetteur n&apos;était pas valide à la date d&apos;émission.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="351"/>
        <source>This document was cancelled.</source>
        <translation>Ce document a été annulé.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="352"/>
        <source>This document&apos;s print was interrupted and never confirmed: it is not in force.</source>
        <translation>L&apos;impression de ce document a été interrompue et jamais confirmée&#xa0;: il n&apos;est pas valable.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="356"/>
        <source>The issuing device was revoked: its documents are no longer valid.</source>
        <translation>Le poste émetteur a été révoqué&#xa0;: ses documents ne sont plus valables.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="359"/>
        <source>No office has reported issuing this document.</source>
        <translation>Aucun bureau n&apos;a déclaré avoir émis ce document.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="366"/>
        <source>Document serial</source>
        <translation>N° de série du document</translation>
    </message>
    <message>
        <location filename="../messages.py" line="367"/>
        <source>Registration number</source>
        <translation>N° d&apos;immatriculation</translation>
    </message>
    <message>
        <location filename="../messages.py" line="368"/>
        <source>Name (Latin)</source>
        <translation>Nom (latin)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="369"/>
        <source>Name (Arabic)</source>
        <translation>Nom (arabe)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="370"/>
        <source>Cooperative or enterprise (Latin)</source>
        <translation>Coopérative ou entreprise (latin)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="371"/>
        <source>Cooperative or enterprise (Arabic)</source>
        <translation>Coopérative ou entreprise (arabe)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="372"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../messages.py" line="373"/>
        <source>Activity code</source>
        <translation>Code de l&apos;activité</translation>
    </message>
    <message>
        <location filename="../messages.py" line="374"/>
        <source>Status at issue</source>
        <translation>Statut à l&apos;émission</translation>
    </message>
    <message>
        <location filename="../messages.py" line="375"/>
        <source>Issue date</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <location filename="../messages.py" line="376"/>
        <source>Issuing device</source>
        <translation>Poste émetteur</translation>
    </message>
    <message>
        <location filename="../messages.py" line="377"/>
        <source>CIN digest</source>
        <translation>Empreinte de la CIN</translation>
    </message>
    <message>
        <location filename="../messages.py" line="378"/>
        <source>Trusted through</source>
        <translation>Confiance établie par</translation>
    </message>
    <message>
        <location filename="../messages.py" line="379"/>
        <source>VALID</source>
        <translation>VALIDE</translation>
    </message>
    <message>
        <location filename="../messages.py" line="380"/>
        <source>INVALID</source>
        <translation>NON VALIDE</translation>
    </message>
    <message>
        <location filename="../messages.py" line="381"/>
        <source>the office&apos;s trust list</source>
        <translation>la liste de confiance du bureau</translation>
    </message>
    <message>
        <location filename="../messages.py" line="382"/>
        <source>the device&apos;s certificate</source>
        <translation>le certificat du poste</translation>
    </message>
    <message>
        <location filename="../messages.py" line="383"/>
        <source>The CIN matches the document.</source>
        <translation>La CIN correspond au document.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="384"/>
        <source>The CIN does not match the document.</source>
        <translation>La CIN ne correspond pas au document.</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <location filename="../ui/printing/verification_panel.py" line="100"/>
        <source>No document checked</source>
        <translation>Aucun document vérifié</translation>
    </message>
    <message>
        <location filename="../ui/printing/verification_panel.py" line="155"/>
        <source>What the document says:</source>
        <translation>Ce que dit le document :</translation>
    </message>
    <message>
        <location filename="../ui/printing/verification_panel.py" line="159"/>
        <source>What the code claims (not confirmed, do not rely on it):</source>
        <translation>Ce que le code prétend (non confirmé, ne pas s&apos;y fier) :</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="113"/>
        <source>Verify a document</source>
        <translation>Vérifier un document</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="117"/>
        <source>Scan the QR code of a certificate or a card with the scanner, or paste its text, then press Enter. A PDF file can be checked too.</source>
        <translation>Scannez le code QR d&apos;une attestation ou d&apos;une carte avec le lecteur, ou collez son texte, puis appuyez sur Entrée. Un fichier PDF peut aussi être vérifié.</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="123"/>
        <source>Code:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="124"/>
        <source>Scan or paste the code here</source>
        <translation>Scannez ou collez le code ici</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="125"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="126"/>
        <source>Open a PDF…</source>
        <translation>Ouvrir un PDF…</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="128"/>
        <source>Holder&apos;s %1 (optional):</source>
        <translation>%1 du titulaire (facultatif) :</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="130"/>
        <source>To check it against the document</source>
        <translation>Pour la comparer au document</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="171"/>
        <source>Open a PDF</source>
        <translation>Ouvrir un PDF</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="173"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="184"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="195"/>
        <source>No document code was found in this file.</source>
        <translation>Aucun code de document n&apos;a été trouvé dans ce fichier.</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="213"/>
        <source>This file cannot be read as a PDF.</source>
        <translation>Ce fichier ne peut pas être lu comme un PDF.</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="239"/>
        <source>Page %1: %2</source>
        <translation>Page %1 : %2</translation>
    </message>
</context>
</TS>
