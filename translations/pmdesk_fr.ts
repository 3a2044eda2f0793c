<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
    <context>
        <name>ActionForm</name>
        <message>
            <source>Selected action</source>
            <translation>Mesure choisie</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>T&amp;itre</translation>
        </message>
        <message>
            <source>T&amp;ype</source>
            <translation>T&amp;ype de mesure</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>R&amp;esponsable</translation>
        </message>
        <message>
            <source>&amp;Priority</source>
            <translation>Pri&amp;orité</translation>
        </message>
        <message>
            <source>&amp;Due date</source>
            <translation>É&amp;chéance</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>É&amp;tat</translation>
        </message>
        <message>
            <source>Reason (&amp;why not)</source>
            <translation>Raison (pourquoi &amp;non)</translation>
        </message>
        <message>
            <source>Trac&amp;ker</source>
            <translation>Sui&amp;vi</translation>
        </message>
        <message>
            <source>Addresses these &amp;causes</source>
            <translation>Vise ces ca&amp;uses</translation>
        </message>
        <message>
            <source>A specific change, such as “Add a canary stage”</source>
            <translation>Un changement précis, comme « Ajouter une étape canari »</translation>
        </message>
        <message>
            <source>Who will see it through</source>
            <translation>Qui la mènera à terme</translation>
        </message>
        <message>
            <source>Issue number or URL</source>
            <translation>Numéro de billet ou URL</translation>
        </message>
        <message>
            <source>Why it will not be done</source>
            <translation>Pourquoi elle ne sera pas faite</translation>
        </message>
        <message>
            <source>Priority follows the risk that it happens again.</source>
            <translation>La priorité dépend du risque de récidive.</translation>
        </message>
        <message>
            <source>No date</source>
            <translation>Aucune date</translation>
        </message>
        <message>
            <source>Alt+Down opens a calendar; “No date” means not set.</source>
            <translation>Alt+Bas ouvre un calendrier; « Aucune date » signifie non fixée.</translation>
        </message>
        <message>
            <source>C&amp;lear date</source>
            <translation>Effacer la &amp;date</translation>
        </message>
        <message>
            <source>Set the due date back to “No date”</source>
            <translation>Remettre l'échéance à « Aucune date »</translation>
        </message>
        <message>
            <source>Space checks or unchecks the selected cause.</source>
            <translation>La barre d'espace coche ou décoche la cause choisie.</translation>
        </message>
        <message>
            <source>{label}: {explanation}</source>
            <translation>{label} : {explanation}</translation>
        </message>
        <message>
            <source>(not described yet)</source>
            <translation>(sans description)</translation>
        </message>
        <message>
            <source>No causes yet: add them on the Causes step.</source>
            <translation>Aucune cause pour l'instant : ajoutez-les à l'étape Causes.</translation>
        </message>
        <message>
            <source>No owner yet: an action without an owner is a wish.</source>
            <translation>Pas encore de responsable : une mesure sans responsable n'est qu'un souhait.</translation>
        </message>
        <message>
            <source>No due date yet: a date helps it get done.</source>
            <translation>Pas encore d'échéance : une date aide à la réaliser.</translation>
        </message>
        <message>
            <source>Say why it will not be done: the reason helps the review.</source>
            <translation>Dites pourquoi elle ne sera pas faite : la raison éclairera l'examen.</translation>
        </message>
    </context>
    <context>
        <name>ActionStatus</name>
        <message>
            <source>Open</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <source>Won't do</source>
            <translation>Ne sera pas faite</translation>
        </message>
    </context>
    <context>
        <name>ActionTableModel</name>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type de mesure</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Tracker</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>(no title yet)</source>
            <translation>(pas encore de titre)</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Sans responsable</translation>
        </message>
        <message>
            <source>No due date</source>
            <translation>Sans échéance</translation>
        </message>
        <message>
            <source>{date} (overdue)</source>
            <translation>{date} (en retard)</translation>
        </message>
    </context>
    <context>
        <name>ActionType</name>
        <message>
            <source>Investigate</source>
            <translation>Enquêter</translation>
        </message>
        <message>
            <source>Mitigate now</source>
            <translation>Atténuer maintenant</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>Réparer</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>Détecter</translation>
        </message>
        <message>
            <source>Mitigate future</source>
            <translation>Atténuer à l'avenir</translation>
        </message>
        <message>
            <source>Prevent</source>
            <translation>Prévenir</translation>
        </message>
        <message>
            <source>Find out more about what happened or why (logs, tests, experiments).</source>
            <translation>En savoir plus sur ce qui s'est passé ou pourquoi (journaux, tests, expériences).</translation>
        </message>
        <message>
            <source>Reduce an impact that is still going on or could come back soon.</source>
            <translation>Réduire un impact qui dure encore ou qui pourrait revenir bientôt.</translation>
        </message>
        <message>
            <source>Fix what the incident broke or left behind (data, configuration).</source>
            <translation>Réparer ce que l'incident a brisé ou laissé derrière lui (données, configuration).</translation>
        </message>
        <message>
            <source>Notice sooner next time: alerts, monitoring, dashboards.</source>
            <translation>S'en apercevoir plus tôt la prochaine fois : alertes, surveillance, tableaux de bord.</translation>
        </message>
        <message>
            <source>Limit the harm if it happens again: fallbacks, runbooks, safe defaults.</source>
            <translation>Limiter les dégâts si cela se reproduit : solutions de repli, guides d'intervention, valeurs par défaut sûres.</translation>
        </message>
        <message>
            <source>Keep it from happening again: remove the condition that allowed it.</source>
            <translation>Empêcher que cela se reproduise : supprimer la condition qui l'a permis.</translation>
        </message>
    </context>
    <context>
        <name>ActionsPage</name>
        <message>
            <source>Actions</source>
            <translation>Mesures à prendre</translation>
        </message>
        <message>
            <source>Action &amp;items</source>
            <translation>&amp;Mesures à prendre</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>Mesures à prendre</translation>
        </message>
        <message>
            <source>Insert adds an action, Delete removes the selected one, Enter edits it.</source>
            <translation>Inser ajoute une mesure, Suppr retire la mesure choisie, Entrée permet de la modifier.</translation>
        </message>
        <message>
            <source>&amp;Add action</source>
            <translation>A&amp;jouter une mesure</translation>
        </message>
        <message>
            <source>Add an action item (Insert)</source>
            <translation>Ajouter une mesure à prendre (Inser)</translation>
        </message>
        <message>
            <source>&amp;Remove action</source>
            <translation>&amp;Retirer la mesure</translation>
        </message>
        <message>
            <source>Remove the selected action (Delete)</source>
            <translation>Retirer la mesure choisie (Suppr)</translation>
        </message>
        <message>
            <source>Undo remo&amp;val</source>
            <translation>Annu&amp;ler le retrait</translation>
        </message>
        <message>
            <source>Action removed.</source>
            <translation>Mesure retirée.</translation>
        </message>
        <message>
            <source>No actions yet. Press Insert or “Add action” to add the first one.</source>
            <translation>Aucune mesure pour l'instant. Appuyez sur Inser ou sur « Ajouter une mesure » pour ajouter la première.</translation>
        </message>
        <message>
            <source>This postmortem is past the draft stage: changes to actions are saved once each action has an owner and a due date (or is “Won't do” with a reason).</source>
            <translation>Ce rapport d'incident n'est plus une ébauche : les changements aux mesures sont enregistrés dès que chaque mesure a un responsable et une échéance (ou est marquée « Ne sera pas faite » avec une raison).</translation>
        </message>
    </context>
    <context>
        <name>BasicsPage</name>
        <message>
            <source>Basics</source>
            <translation>Renseignements de base</translation>
        </message>
        <message>
            <source>&amp;Title *</source>
            <translation>T&amp;itre *</translation>
        </message>
        <message>
            <source>T&amp;eam</source>
            <translation>Éq&amp;uipe</translation>
        </message>
        <message>
            <source>&amp;Services affected</source>
            <translation>Ser&amp;vices touchés</translation>
        </message>
        <message>
            <source>Se&amp;verity</source>
            <translation>&amp;Gravité</translation>
        </message>
        <message>
            <source>&amp;Authors</source>
            <translation>Auteu&amp;rs</translation>
        </message>
        <message>
            <source>Fac&amp;ilitators</source>
            <translation>A&amp;nimateurs</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Document &amp;language</source>
            <translation>&amp;Langue du document</translation>
        </message>
        <message>
            <source>Time &amp;zone</source>
            <translation>Fuseau &amp;horaire</translation>
        </message>
        <message>
            <source>Export te&amp;mplate</source>
            <translation>&amp;Modèle d'exportation</translation>
        </message>
        <message>
            <source>Stat&amp;us</source>
            <translation>É&amp;tat</translation>
        </message>
        <message>
            <source>Separate names with commas.</source>
            <translation>Séparez les noms par des virgules.</translation>
        </message>
        <message>
            <source>The symptom users saw, and for how long</source>
            <translation>Le symptôme vécu par les utilisateurs, et pendant combien de temps</translation>
        </message>
        <message>
            <source>This was a se&amp;curity incident</source>
            <translation>Il s'agissait d'un incident de sé&amp;curité</translation>
        </message>
        <message>
            <source>Security incident</source>
            <translation>Incident de sécurité</translation>
        </message>
        <message>
            <source>The postmortem's own language: its export headings and wording checks.</source>
            <translation>La langue propre du rapport d'incident : titres de ses exportations et vérification de sa formulation.</translation>
        </message>
        <message>
            <source>The shape of the exported document: its sections, order and headings.</source>
            <translation>La forme du document exporté : ses sections, leur ordre et leurs titres.</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Non précisée</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <source>The status stays “{status}” until this is done: {missing}</source>
            <translation>L'état reste « {status} » tant que ceci n'est pas fait : {missing}</translation>
        </message>
    </context>
    <context>
        <name>CausesPage</name>
        <message>
            <source>Causes</source>
            <translation>Causes</translation>
        </message>
        <message>
            <source>Causes and &amp;mitigators</source>
            <translation>Causes et facteurs atté&amp;nuants</translation>
        </message>
        <message>
            <source>Causes and mitigators</source>
            <translation>Causes et facteurs atténuants</translation>
        </message>
        <message>
            <source>Insert adds a factor, Delete removes the selected one, Enter edits it.</source>
            <translation>Inser ajoute un facteur, Suppr retire le facteur choisi, Entrée permet de le modifier.</translation>
        </message>
        <message>
            <source>&amp;Add factor</source>
            <translation>A&amp;jouter un facteur</translation>
        </message>
        <message>
            <source>Add a cause or a mitigator (Insert)</source>
            <translation>Ajouter une cause ou un facteur atténuant (Inser)</translation>
        </message>
        <message>
            <source>&amp;Remove factor</source>
            <translation>&amp;Retirer le facteur</translation>
        </message>
        <message>
            <source>Remove the selected factor (Delete)</source>
            <translation>Retirer le facteur choisi (Suppr)</translation>
        </message>
        <message>
            <source>Undo remo&amp;val</source>
            <translation>Annu&amp;ler le retrait</translation>
        </message>
        <message>
            <source>Selected factor</source>
            <translation>Facteur choisi</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>&amp;Catégorie</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Description du facteur</translation>
        </message>
        <message>
            <source>&amp;Whys, from the symptom down</source>
            <translation>Enchaînement des pourq&amp;uoi, du symptôme vers la cause</translation>
        </message>
        <message>
            <source>A condition, not a person: what let a mistake cause harm?</source>
            <translation>Une condition, pas une personne : qu'est-ce qui a permis à une erreur de causer du tort?</translation>
        </message>
        <message>
            <source>No causes yet. Press Insert or “Add factor” to add the first one.</source>
            <translation>Aucune cause pour l'instant. Appuyez sur Inser ou sur « Ajouter un facteur » pour ajouter la première.</translation>
        </message>
        <message>
            <source>Factor removed. Actions that addressed it no longer point to it ({count}).</source>
            <translation>Facteur retiré. Les mesures à prendre qui le visaient n'y renvoient plus ({count}).</translation>
        </message>
        <message>
            <source>Factor removed.</source>
            <translation>Facteur retiré.</translation>
        </message>
        <message>
            <source>Ask why again: a root cause usually sits three or more whys deep, at something a team can change.</source>
            <translation>Demandez encore pourquoi : une cause profonde se trouve souvent à trois « pourquoi » ou plus, là où une équipe peut changer quelque chose.</translation>
        </message>
    </context>
    <context>
        <name>CoachCategory</name>
        <message>
            <source>Counterfactual</source>
            <translation>Contrefactuel</translation>
        </message>
        <message>
            <source>Blame</source>
            <translation>Blâme</translation>
        </message>
        <message>
            <source>Judgement</source>
            <translation>Jugement</translation>
        </message>
        <message>
            <source>Minimising</source>
            <translation>Minimisation</translation>
        </message>
        <message>
            <source>Hindsight</source>
            <translation>Biais rétrospectif</translation>
        </message>
        <message>
            <source>A person as the cause</source>
            <translation>Une personne comme cause</translation>
        </message>
        <message>
            <source>“Human error” label</source>
            <translation>Étiquette « erreur humaine »</translation>
        </message>
        <message>
            <source>Guessing intentions</source>
            <translation>Procès d'intention</translation>
        </message>
    </context>
    <context>
        <name>CoachSeverity</name>
        <message>
            <source>Gentle hint</source>
            <translation>Simple suggestion</translation>
        </message>
        <message>
            <source>Worth rewording</source>
            <translation>À reformuler</translation>
        </message>
        <message>
            <source>Reads as blame</source>
            <translation>Se lit comme un reproche</translation>
        </message>
    </context>
    <context>
        <name>CoachedText</name>
        <message>
            <source>{category}: {message}</source>
            <translation>{category} : {message}</translation>
        </message>
        <message>
            <source>Apply suggestion: “{replacement}”</source>
            <translation>Appliquer la suggestion : « {replacement} »</translation>
        </message>
        <message>
            <source>Apply suggestion: remove “{words}”</source>
            <translation>Appliquer la suggestion : retirer « {words} »</translation>
        </message>
        <message>
            <source>Apply suggestion</source>
            <translation>Appliquer la suggestion</translation>
        </message>
        <message>
            <source>&amp;Dismiss…</source>
            <translation>É&amp;carter…</translation>
        </message>
        <message>
            <source>Keep this wording here, with a reason</source>
            <translation>Garder cette formulation ici, en indiquant pourquoi</translation>
        </message>
    </context>
    <context>
        <name>DismissDialog</name>
        <message>
            <source>Dismiss wording hint</source>
            <translation>Écarter la suggestion de formulation</translation>
        </message>
        <message>
            <source>Keep “{words}”? Say why, so reviewers know it was considered.</source>
            <translation>Garder « {words} »? Dites pourquoi, pour montrer à l'examen que ce choix est réfléchi.</translation>
        </message>
        <message>
            <source>{category}: {message}</source>
            <translation>{category} : {message}</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Raison :</translation>
        </message>
        <message>
            <source>For example: a direct quote from the incident channel</source>
            <translation>Par exemple : une citation directe du canal de l'incident</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Raison</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>É&amp;carter</translation>
        </message>
    </context>
    <context>
        <name>DocumentTemplate</name>
        <message>
            <source>CDS product incident report</source>
            <translation>Rapport d'incident de produit du SNC</translation>
        </message>
        <message>
            <source>Google SRE postmortem</source>
            <translation>Rapport d'incident de Google SRE</translation>
        </message>
        <message>
            <source>Contributing factors (no single root cause)</source>
            <translation>Facteurs contributifs (sans cause profonde unique)</translation>
        </message>
        <message>
            <source>The Canadian Digital Service template: impact, timeline, trigger, causes, lessons.</source>
            <translation>Le modèle du Service numérique canadien : impact, chronologie, élément déclencheur, causes, leçons.</translation>
        </message>
        <message>
            <source>The SRE book's template: root causes and action items first, the timeline last.</source>
            <translation>Le modèle du livre SRE : causes profondes et mesures à prendre d'abord, chronologie à la fin.</translation>
        </message>
        <message>
            <source>PagerDuty style: what happened, then every contributing factor, none singled out.</source>
            <translation>À la manière de PagerDuty : ce qui s'est passé, puis tous les facteurs contributifs, sans en isoler un.</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>Add event</source>
            <translation>Ajouter un événement</translation>
        </message>
        <message>
            <source>Edit event</source>
            <translation>Modifier l'événement</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>T&amp;ime</source>
            <translation>&amp;Heure</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>&amp;Actor</source>
            <translation>&amp;Intervenant</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Intervenant</translation>
        </message>
        <message>
            <source>&amp;What happened *</source>
            <translation>Ce qui s'est &amp;passé *</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>&amp;Lien</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Lien</translation>
        </message>
        <message>
            <source>Year, month, day</source>
            <translation>Année, mois, jour</translation>
        </message>
        <message>
            <source>A person, a team or a system</source>
            <translation>Une personne, une équipe ou un système</translation>
        </message>
        <message>
            <source>What was seen or done, as it was known then. Ctrl+Enter saves.</source>
            <translation>Ce qui a été vu ou fait, tel qu'on le savait alors. Ctrl+Entrée enregistre.</translation>
        </message>
        <message>
            <source>A chat message, graph or ticket (optional)</source>
            <translation>Un message de clavardage, un graphique ou un billet (facultatif)</translation>
        </message>
        <message>
            <source>Key &amp;event ★</source>
            <translation>Événement &amp;clé ★</translation>
        </message>
        <message>
            <source>Key event</source>
            <translation>Événement clé</translation>
        </message>
        <message>
            <source>Impact started, Detected, Mitigated and Resolved set the milestones.</source>
            <translation>Début de l'impact, Détection, Atténuation et Résolution fixent les jalons.</translation>
        </message>
        <message>
            <source>Save the event (Ctrl+Enter)</source>
            <translation>Enregistrer l'événement (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>Write what happened before saving the event.</source>
            <translation>Décrivez ce qui s'est passé avant d'enregistrer l'événement.</translation>
        </message>
        <message>
            <source>The text is too long ({length} characters; the limit is {max}).</source>
            <translation>Le texte est trop long ({length} caractères; la limite est de {max}).</translation>
        </message>
        <message>
            <source>{time} never happened in {zone}: the clocks jumped forward at that hour. Type the time the clocks showed.</source>
            <translation>{time} n'a jamais existé à {zone} : les horloges ont avancé d'une heure à ce moment. Tapez l'heure qu'affichaient les horloges.</translation>
        </message>
    </context>
    <context>
        <name>EventKind</name>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Impact started</source>
            <translation>Début de l'impact</translation>
        </message>
        <message>
            <source>Detected</source>
            <translation>Détection</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>Escalade</translation>
        </message>
        <message>
            <source>Mitigated</source>
            <translation>Atténuation</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Résolution</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Communication</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Action taken</source>
            <translation>Intervention</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export the postmortem</source>
            <translation>Exporter le rapport d'incident</translation>
        </message>
        <message>
            <source>&amp;Format</source>
            <translation>Format de &amp;fichier</translation>
        </message>
        <message>
            <source>&amp;Template</source>
            <translation>&amp;Modèle</translation>
        </message>
        <message>
            <source>Document &amp;language</source>
            <translation>&amp;Langue du document</translation>
        </message>
        <message>
            <source>&amp;Paper size</source>
            <translation>Format du &amp;papier</translation>
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation>&amp;Enregistrer sous</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>Pa&amp;rcourir…</translation>
        </message>
        <message>
            <source>Leave out &amp;empty sections</source>
            <translation>Omettre les sections &amp;vides</translation>
        </message>
        <message>
            <source>PDF/&amp;A-1b for long-term archiving</source>
            <translation>PDF/&amp;A-1b pour l'archivage à long terme</translation>
        </message>
        <message>
            <source>&amp;Open the file when done</source>
            <translation>&amp;Ouvrir le fichier une fois terminé</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xporter</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <source>{name} already exists in {folder}. Replace it?</source>
            <translation>{name} existe déjà dans {folder}. Voulez-vous le remplacer?</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportation</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportation en cours…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>The postmortem was not exported: {reason}</source>
            <translation>Le rapport d'incident n'a pas été exporté : {reason}</translation>
        </message>
        <message>
            <source>The latest changes could not be saved, so they cannot be exported yet.</source>
            <translation>Les dernières modifications n'ont pas pu être enregistrées; elles ne peuvent donc pas encore être exportées.</translation>
        </message>
    </context>
    <context>
        <name>ExportFormat</name>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Document PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Texte Markdown (*.md)</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>Page Web (*.html)</translation>
        </message>
        <message>
            <source>pmdesk interchange file (*.json)</source>
            <translation>Fichier d'échange pmdesk (*.json)</translation>
        </message>
    </context>
    <context>
        <name>FactorCategory</name>
        <message>
            <source>Technical</source>
            <translation>Technique</translation>
        </message>
        <message>
            <source>Process</source>
            <translation>Processus</translation>
        </message>
        <message>
            <source>Organisational</source>
            <translation>Organisationnel</translation>
        </message>
        <message>
            <source>External</source>
            <translation>Externe</translation>
        </message>
        <message>
            <source>Software, hardware, configuration, infrastructure.</source>
            <translation>Logiciel, matériel, configuration, infrastructure.</translation>
        </message>
        <message>
            <source>How the work is done: reviews, rollouts, runbooks, on-call.</source>
            <translation>La façon de travailler : revues, déploiements, guides d'intervention, garde.</translation>
        </message>
        <message>
            <source>Staffing, priorities, training, communication between teams.</source>
            <translation>Effectifs, priorités, formation, communication entre les équipes.</translation>
        </message>
        <message>
            <source>Vendors, partners, upstream services, events outside the team.</source>
            <translation>Fournisseurs, partenaires, services en amont, événements hors de l'équipe.</translation>
        </message>
    </context>
    <context>
        <name>FactorKind</name>
        <message>
            <source>Root cause</source>
            <translation>Cause profonde</translation>
        </message>
        <message>
            <source>Contributing factor</source>
            <translation>Facteur contributif</translation>
        </message>
        <message>
            <source>Mitigator</source>
            <translation>Facteur atténuant</translation>
        </message>
        <message>
            <source>A condition that, once changed, keeps this from happening again.</source>
            <translation>Une condition qui, une fois changée, empêche que cela se reproduise.</translation>
        </message>
        <message>
            <source>A condition that made the incident more likely or its impact worse.</source>
            <translation>Une condition qui a rendu l'incident plus probable ou son impact plus grave.</translation>
        </message>
        <message>
            <source>Something that limited the damage: worth keeping.</source>
            <translation>Ce qui a limité les dégâts : à conserver.</translation>
        </message>
    </context>
    <context>
        <name>FactorTableModel</name>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description du facteur</translation>
        </message>
        <message>
            <source>Whys</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <source>(not described yet)</source>
            <translation>(sans description)</translation>
        </message>
    </context>
    <context>
        <name>FieldNames</name>
        <message>
            <source>Timeline event</source>
            <translation>Événement de la chronologie</translation>
        </message>
        <message>
            <source>Event at {time}</source>
            <translation>Événement du {time}</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>Cause</translation>
        </message>
        <message>
            <source>(no description)</source>
            <translation>(sans description)</translation>
        </message>
        <message>
            <source>{kind} “{text}”, why {number}</source>
            <translation>{kind} « {text} », pourquoi {number}</translation>
        </message>
        <message>
            <source>{kind} “{text}”</source>
            <translation>{kind} « {text} »</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(sans titre)</translation>
        </message>
        <message>
            <source>Action “{title}”, reason not done</source>
            <translation>Mesure « {title} », raison de l'abandon</translation>
        </message>
        <message>
            <source>Action “{title}”</source>
            <translation>Mesure « {title} »</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <source>Wording hints</source>
            <translation>Suggestions de formulation</translation>
        </message>
        <message>
            <source>Each hint under its step. Enter or a click shows the words in the text; the Menu key applies or dismisses the hint.</source>
            <translation>Suggestions classées par étape. Appuyez sur Entrée ou cliquez pour voir les mots dans le texte; la touche Menu applique ou écarte la suggestion.</translation>
        </message>
        <message>
            <source>Selected hint</source>
            <translation>Suggestion sélectionnée</translation>
        </message>
        <message>
            <source>&amp;Apply suggestion</source>
            <translation>A&amp;ppliquer la suggestion</translation>
        </message>
        <message>
            <source>Put the suggested words in the text (Ctrl+Z there undoes it)</source>
            <translation>Mettre les mots suggérés dans le texte (Ctrl+Z à cet endroit l'annule)</translation>
        </message>
        <message>
            <source>D&amp;ismiss…</source>
            <translation>É&amp;carter…</translation>
        </message>
        <message>
            <source>Keep this wording here, with a reason</source>
            <translation>Garder cette formulation ici, en indiquant pourquoi</translation>
        </message>
        <message>
            <source>&amp;Show again</source>
            <translation>Affic&amp;her de nouveau</translation>
        </message>
        <message>
            <source>Underline the selected dismissed wording again</source>
            <translation>Souligner de nouveau la formulation écartée sélectionnée</translation>
        </message>
        <message>
            <source>Nothing to flag: no wording here points at a person or judges in hindsight.</source>
            <translation>Rien à signaler : aucune formulation ne désigne une personne ni ne juge après coup.</translation>
        </message>
        <message>
            <source>Checking the wording…</source>
            <translation>Vérification de la formulation…</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>Ailleurs</translation>
        </message>
        <message>
            <source>{step} ({count})</source>
            <translation>{step} ({count})</translation>
        </message>
        <message numerus="yes">
            <source>%n wording hint(s)</source>
            <translation>
                <numerusform>%n suggestion de formulation</numerusform>
                <numerusform>%n suggestions de formulation</numerusform>
            </translation>
        </message>
        <message>
            <source>“{words}” · {field}</source>
            <translation>« {words} » · {field}</translation>
        </message>
        <message>
            <source>Dismissed ({count})</source>
            <translation>Écartées ({count})</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>Écartée</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Raison : {reason}</translation>
        </message>
        <message>
            <source>Choose a hint to read why it matters and what to write instead.</source>
            <translation>Choisissez une suggestion pour savoir pourquoi elle importe et quoi écrire à la place.</translation>
        </message>
        <message>
            <source>&amp;Dismiss…</source>
            <translation>É&amp;carter…</translation>
        </message>
        <message>
            <source>Show in the &amp;text</source>
            <translation>Montrer dans le &amp;texte</translation>
        </message>
    </context>
    <context>
        <name>LessonsPage</name>
        <message>
            <source>Lessons</source>
            <translation>Leçons</translation>
        </message>
        <message>
            <source>What went &amp;well</source>
            <translation>Ce qui a &amp;bien fonctionné</translation>
        </message>
        <message>
            <source>Keep doing these.</source>
            <translation>À conserver.</translation>
        </message>
        <message>
            <source>What went w&amp;rong</source>
            <translation>Ce qui a &amp;mal tourné</translation>
        </message>
        <message>
            <source>Conditions to fix, worded without blame.</source>
            <translation>Des conditions à corriger, formulées sans blâme.</translation>
        </message>
        <message>
            <source>Where we got &amp;lucky</source>
            <translation>Là où nous avons eu de la &amp;chance</translation>
        </message>
        <message>
            <source>Risks we have not paid for yet.</source>
            <translation>Des risques dont nous n'avons pas encore payé le prix.</translation>
        </message>
        <message>
            <source>Lessons &amp;learned</source>
            <translation>L&amp;eçons apprises</translation>
        </message>
        <message>
            <source>What we will do differently.</source>
            <translation>Ce que nous ferons autrement.</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <source>Incident date</source>
            <translation>Date de l'incident</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Modifié</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(sans titre)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>pmdesk — postmortems</source>
            <translation>pmdesk — rapports d'incident</translation>
        </message>
        <message>
            <source>&amp;New postmortem…</source>
            <translation>&amp;Nouveau rapport d'incident…</translation>
        </message>
        <message>
            <source>Export as PDF, Markdown, a web page or an interchange file</source>
            <translation>Exporter en PDF, en Markdown, en page Web ou en fichier d'échange</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>Start a postmortem</source>
            <translation>Commencer un rapport d'incident</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>Open the selected postmortem</source>
            <translation>Ouvrir le rapport d'incident sélectionné</translation>
        </message>
        <message>
            <source>Copy as a new draft</source>
            <translation>Copier comme nouvelle ébauche</translation>
        </message>
        <message>
            <source>Dupli&amp;cate</source>
            <translation>D&amp;upliquer</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>Delete (Undo brings it back)</source>
            <translation>Supprimer (Annuler permet de le récupérer)</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <source>Import an interchange file</source>
            <translation>Importer un fichier d'échange</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>Re&amp;chercher</translation>
        </message>
        <message>
            <source>Search the titles</source>
            <translation>Chercher dans les titres</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;About pmdesk</source>
            <translation>À &amp;propos de pmdesk</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>Undo the last delete</source>
            <translation>Annuler la dernière suppression</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Ouvrir un rapport &amp;récent</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Réglages</translation>
        </message>
        <message>
            <source>Interface &amp;language</source>
            <translation>&amp;Langue de l'interface</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barre d'outils principale</translation>
        </message>
        <message>
            <source>Postmortems</source>
            <translation>Rapports d'incident</translation>
        </message>
        <message>
            <source>S&amp;earch:</source>
            <translation>Re&amp;chercher :</translation>
        </message>
        <message>
            <source>Words in the title</source>
            <translation>Mots du titre</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>É&amp;tat :</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Filtre d'état</translation>
        </message>
        <message>
            <source>Se&amp;verity:</source>
            <translation>&amp;Gravité :</translation>
        </message>
        <message>
            <source>Severity filter</source>
            <translation>Filtre de gravité</translation>
        </message>
        <message>
            <source>No postmortems yet.
Press Ctrl+N to start one while memory is fresh.</source>
            <translation>Aucun rapport d'incident pour l'instant.
Appuyez sur Ctrl+N pour en commencer un pendant que les souvenirs sont frais.</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message numerus="yes">
            <source>%n postmortem(s)</source>
            <translation>
                <numerusform>%n rapport d'incident</numerusform>
                <numerusform>%n rapports d'incident</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown} of {total} shown</source>
            <translation>Affichage : {shown} sur {total}</translation>
        </message>
        <message>
            <source>{count} — opening the library…</source>
            <translation>{count} — ouverture de la bibliothèque…</translation>
        </message>
        <message>
            <source>New postmortem</source>
            <translation>Nouveau rapport d'incident</translation>
        </message>
        <message>
            <source>Incident title:</source>
            <translation>Titre de l'incident :</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>{title} (copy)</source>
            <translation>{title} (copie)</translation>
        </message>
        <message>
            <source>Delete postmortem</source>
            <translation>Supprimer le rapport d'incident</translation>
        </message>
        <message>
            <source>Delete “{title}”? Edit ▸ Undo (Ctrl+Z) brings it back.</source>
            <translation>Supprimer « {title} »? Édition ▸ Annuler (Ctrl+Z) permet de le récupérer.</translation>
        </message>
        <message>
            <source>Delete “{title}”</source>
            <translation>Supprimer « {title} »</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Exporté dans {path}</translation>
        </message>
        <message>
            <source>Import postmortems</source>
            <translation>Importer des rapports d'incident</translation>
        </message>
        <message>
            <source>pmdesk files (*.json);;All files (*)</source>
            <translation>Fichiers pmdesk (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n postmortem(s)</source>
            <translation>
                <numerusform>%n rapport d'incident importé</numerusform>
                <numerusform>%n rapports d'incident importés</numerusform>
            </translation>
        </message>
        <message>
            <source>pmdesk</source>
            <translation>pmdesk</translation>
        </message>
        <message>
            <source>About pmdesk</source>
            <translation>À propos de pmdesk</translation>
        </message>
        <message>
            <source>pmdesk {version}
Blameless incident postmortems, written offline.</source>
            <translation>pmdesk {version}
Des rapports d'incident sans blâme, rédigés hors ligne.</translation>
        </message>
    </context>
    <context>
        <name>MarkdownEdit</name>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Show the text as it will read (Ctrl+Shift+P)</source>
            <translation>Afficher le texte tel qu'il apparaîtra (Ctrl+Maj+P)</translation>
        </message>
    </context>
    <context>
        <name>MissingItem</name>
        <message>
            <source>Give the postmortem a title</source>
            <translation>Donnez un titre au rapport d'incident</translation>
        </message>
        <message>
            <source>Choose the severity</source>
            <translation>Choisissez la gravité</translation>
        </message>
        <message>
            <source>Name the team</source>
            <translation>Nommez l'équipe</translation>
        </message>
        <message>
            <source>Write the summary</source>
            <translation>Rédigez le résumé</translation>
        </message>
        <message>
            <source>Describe the overall impact</source>
            <translation>Décrivez l'impact global</translation>
        </message>
        <message>
            <source>Describe the impact on at least one audience</source>
            <translation>Décrivez l'impact sur au moins un public</translation>
        </message>
        <message>
            <source>Add events to the timeline</source>
            <translation>Ajoutez des événements à la chronologie</translation>
        </message>
        <message>
            <source>Mark in the timeline when the impact started</source>
            <translation>Indiquez dans la chronologie le début de l'impact</translation>
        </message>
        <message>
            <source>Mark in the timeline when the incident was detected</source>
            <translation>Indiquez dans la chronologie le moment où l'incident a été détecté</translation>
        </message>
        <message>
            <source>Mark in the timeline when the incident was resolved</source>
            <translation>Indiquez dans la chronologie le moment où l'incident a été résolu</translation>
        </message>
        <message>
            <source>Describe the trigger</source>
            <translation>Décrivez l'élément déclencheur</translation>
        </message>
        <message>
            <source>Describe how the incident was detected</source>
            <translation>Décrivez comment l'incident a été détecté</translation>
        </message>
        <message>
            <source>Describe what resolved the incident</source>
            <translation>Décrivez ce qui a résolu l'incident</translation>
        </message>
        <message>
            <source>Name at least one root cause</source>
            <translation>Nommez au moins une cause profonde</translation>
        </message>
        <message>
            <source>Ask “why?” at least three times for the root cause “{name}”</source>
            <translation>Demandez « pourquoi? » au moins trois fois pour la cause profonde « {name} »</translation>
        </message>
        <message>
            <source>Write what went well</source>
            <translation>Rédigez ce qui a bien fonctionné</translation>
        </message>
        <message>
            <source>Write what went wrong</source>
            <translation>Rédigez ce qui a mal tourné</translation>
        </message>
        <message>
            <source>Add at least one action item</source>
            <translation>Ajoutez au moins une mesure à prendre</translation>
        </message>
        <message>
            <source>Link an action item to the cause “{name}”, or one that says why not</source>
            <translation>Liez à la cause « {name} » une mesure à prendre, ou une mesure « Ne sera pas faite » qui explique pourquoi</translation>
        </message>
        <message>
            <source>Give the action item “{name}” an owner</source>
            <translation>Désignez un responsable pour la mesure à prendre « {name} »</translation>
        </message>
        <message>
            <source>Give the action item “{name}” a due date</source>
            <translation>Fixez une échéance pour la mesure à prendre « {name} »</translation>
        </message>
        <message>
            <source>Say why the action item “{name}” will not be done</source>
            <translation>Expliquez pourquoi la mesure à prendre « {name} » ne sera pas réalisée</translation>
        </message>
        <message>
            <source>not described yet</source>
            <translation>pas encore décrite</translation>
        </message>
    </context>
    <context>
        <name>NarrativePage</name>
        <message>
            <source>Trigger, detection, resolution</source>
            <translation>Élément déclencheur, détection, résolution</translation>
        </message>
        <message>
            <source>&amp;Trigger</source>
            <translation>Élément &amp;déclencheur</translation>
        </message>
        <message>
            <source>The change or condition that set it off.</source>
            <translation>Le changement ou la condition qui a tout déclenché.</translation>
        </message>
        <message>
            <source>&amp;Detection</source>
            <translation>Dé&amp;tection</translation>
        </message>
        <message>
            <source>How we learned of it, and how long that took.</source>
            <translation>Comment nous l'avons appris, et en combien de temps.</translation>
        </message>
        <message>
            <source>&amp;Resolution</source>
            <translation>&amp;Résolution</translation>
        </message>
        <message>
            <source>What restored service, and what made that hard or easy.</source>
            <translation>Ce qui a rétabli le service, et ce qui a rendu la tâche difficile ou facile.</translation>
        </message>
    </context>
    <context>
        <name>Paper</name>
        <message>
            <source>Letter (8.5 × 11 in)</source>
            <translation>Lettre (8,5 × 11 po)</translation>
        </message>
        <message>
            <source>A4 (210 × 297 mm)</source>
            <translation>A4 (210 × 297 mm)</translation>
        </message>
    </context>
    <context>
        <name>PostmortemEditor</name>
        <message>
            <source>{title} — pmdesk</source>
            <translation>{title} — pmdesk</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Précédent</translation>
        </message>
        <message>
            <source>Previous step (Ctrl+Page Up)</source>
            <translation>Étape précédente (Ctrl+Page préc.)</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Suivant &gt;</translation>
        </message>
        <message>
            <source>Next step (Ctrl+Page Down)</source>
            <translation>Étape suivante (Ctrl+Page suiv.)</translation>
        </message>
        <message>
            <source>&amp;Next step</source>
            <translation>Étape &amp;suivante</translation>
        </message>
        <message>
            <source>&amp;Previous step</source>
            <translation>Étape &amp;précédente</translation>
        </message>
        <message>
            <source>&amp;Save now</source>
            <translation>&amp;Enregistrer maintenant</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>A&amp;ller</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>Wording coach</source>
            <translation>Conseiller de formulation</translation>
        </message>
        <message>
            <source>&amp;Wording coach</source>
            <translation>&amp;Conseiller de formulation</translation>
        </message>
        <message>
            <source>Show or hide the list of wording hints (F7)</source>
            <translation>Afficher ou masquer la liste des suggestions de formulation (F7)</translation>
        </message>
        <message>
            <source>Untitled postmortem</source>
            <translation>Rapport d'incident sans titre</translation>
        </message>
        <message>
            <source>The words changed since they were checked: nothing was replaced.</source>
            <translation>Les mots ont changé depuis la vérification : rien n'a été remplacé.</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>Modification en cours…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Not saved yet: your text is kept</source>
            <translation>Pas encore enregistré : votre texte est conservé</translation>
        </message>
        <message numerus="yes">
            <source>%n wording hint(s)</source>
            <translation>
                <numerusform>%n suggestion de formulation</numerusform>
                <numerusform>%n suggestions de formulation</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking wording…</source>
            <translation>Vérification de la formulation…</translation>
        </message>
        <message>
            <source>Not saved yet: {reason}</source>
            <translation>Pas encore enregistré : {reason}</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Some changes could not be saved: {reason}
Close anyway and lose them?</source>
            <translation>Certaines modifications n'ont pas pu être enregistrées : {reason}
Fermer quand même et les perdre?</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>&amp;Langue de l'interface :</translation>
        </message>
        <message>
            <source>The interface language never changes a postmortem's own language, which sets its export headings and wording checks.</source>
            <translation>La langue de l'interface ne change jamais la langue propre d'un rapport d'incident, qui détermine les titres de ses exportations et la vérification de sa formulation.</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Langue de l'interface</translation>
        </message>
    </context>
    <context>
        <name>Priority</name>
        <message>
            <source>P0 (urgent)</source>
            <translation>P0 (urgente)</translation>
        </message>
        <message>
            <source>P1 (high)</source>
            <translation>P1 (élevée)</translation>
        </message>
        <message>
            <source>P2 (medium)</source>
            <translation>P2 (moyenne)</translation>
        </message>
        <message>
            <source>P3 (low)</source>
            <translation>P3 (faible)</translation>
        </message>
        <message>
            <source>P0: likely to happen again soon, with serious harm; start now.</source>
            <translation>P0 : risque de se reproduire bientôt, avec des conséquences graves; commencer maintenant.</translation>
        </message>
        <message>
            <source>P1: a real risk of recurrence; do it in the next few weeks.</source>
            <translation>P1 : un risque réel de récurrence; à faire dans les prochaines semaines.</translation>
        </message>
        <message>
            <source>P2: a moderate risk of recurrence; plan it.</source>
            <translation>P2 : un risque modéré de récurrence; à planifier.</translation>
        </message>
        <message>
            <source>P3: a low risk of recurrence; do it when there is room.</source>
            <translation>P3 : un faible risque de récurrence; à faire quand le temps le permettra.</translation>
        </message>
    </context>
    <context>
        <name>ReviewCheck</name>
        <message>
            <source>Key facts: title, severity, team; when impact started, was detected, was resolved</source>
            <translation>Faits essentiels : titre, gravité, équipe; début de l'impact, détection, résolution</translation>
        </message>
        <message>
            <source>Impact: a summary, the overall impact and at least one audience</source>
            <translation>Impact : un résumé, l'impact global et au moins un public</translation>
        </message>
        <message>
            <source>Depth: every root cause has at least three whys</source>
            <translation>Profondeur : chaque cause profonde a au moins trois « pourquoi »</translation>
        </message>
        <message>
            <source>Follow-up: every root cause and contributing factor has an action item</source>
            <translation>Suivi : chaque cause profonde et chaque facteur contributif a une mesure à prendre</translation>
        </message>
        <message>
            <source>Ownership: every action item has an owner and a due date</source>
            <translation>Responsabilité : chaque mesure à prendre a un responsable et une échéance</translation>
        </message>
        <message>
            <source>Done: {label}</source>
            <translation>Fait : {label}</translation>
        </message>
        <message>
            <source>Not yet: {label}</source>
            <translation>Pas encore : {label}</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Review</source>
            <translation>Examen</translation>
        </message>
        <message>
            <source>Completeness</source>
            <translation>Complétude</translation>
        </message>
        <message>
            <source>%p% complete</source>
            <translation>Rempli à %p %</translation>
        </message>
        <message>
            <source>&amp;What is missing</source>
            <translation>Ce qui &amp;manque</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>Ce qui manque</translation>
        </message>
        <message>
            <source>Press Enter or double-click to go and fix it</source>
            <translation>Appuyez sur Entrée ou double-cliquez pour aller y remédier</translation>
        </message>
        <message>
            <source>Review chec&amp;klist</source>
            <translation>&amp;Liste de vérification de l'examen</translation>
        </message>
        <message>
            <source>Review checklist</source>
            <translation>Liste de vérification de l'examen</translation>
        </message>
        <message>
            <source>&amp;Preview of the Markdown export</source>
            <translation>Aperç&amp;u de l'exportation Markdown</translation>
        </message>
        <message>
            <source>Preview of the Markdown export</source>
            <translation>Aperçu de l'exportation Markdown</translation>
        </message>
        <message>
            <source>&amp;Copy Markdown</source>
            <translation>&amp;Copier le Markdown</translation>
        </message>
        <message>
            <source>Copy the whole postmortem as Markdown</source>
            <translation>Copier tout le rapport d'incident en Markdown</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <source>Export as PDF, Markdown, a web page or an interchange file</source>
            <translation>Exporter en PDF, en Markdown, en page Web ou en fichier d'échange</translation>
        </message>
        <message>
            <source>Nothing is missing: ready for review.</source>
            <translation>Il ne manque rien : prêt pour l'examen.</translation>
        </message>
        <message>
            <source>The Markdown is on the clipboard.</source>
            <translation>Le Markdown est dans le presse-papiers.</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Exporté dans {path}</translation>
        </message>
    </context>
    <context>
        <name>Severity</name>
        <message>
            <source>SEV1: critical; a core service is down or data is at risk for many users</source>
            <translation>SEV1 : critique; un service essentiel est en panne ou les données de nombreux utilisateurs sont menacées</translation>
        </message>
        <message>
            <source>SEV2: major; a core function is degraded for many users</source>
            <translation>SEV2 : majeure; une fonction essentielle est dégradée pour de nombreux utilisateurs</translation>
        </message>
        <message>
            <source>SEV3: minor; a workaround exists or few users are affected</source>
            <translation>SEV3 : mineure; une solution de contournement existe ou peu d'utilisateurs sont touchés</translation>
        </message>
        <message>
            <source>SEV4: low; no visible impact, a near miss</source>
            <translation>SEV4 : faible; aucun impact visible, un quasi-incident</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Open</source>
            <extracomment>The state of a postmortem (an adjective, « Ouvert »), not the command « Ouvrir ».</extracomment>
            <translation>Ouvert</translation>
        </message>
        <message>
            <source>Ready for review</source>
            <translation>Prêt pour l'examen</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Examiné</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Fermé</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Summary and impact</source>
            <translation>Résumé et impact</translation>
        </message>
        <message>
            <source>What happened to them, how many, for how long.</source>
            <translation>Ce qui leur est arrivé, combien de personnes, pendant combien de temps.</translation>
        </message>
        <message>
            <source>&amp;Summary</source>
            <translation>&amp;Résumé</translation>
        </message>
        <message>
            <source>Two or three sentences: what users saw, for how long, what fixed it.</source>
            <translation>Deux ou trois phrases : ce que les utilisateurs ont vu, pendant combien de temps, ce qui a réglé le problème.</translation>
        </message>
        <message>
            <source>Overall &amp;impact</source>
            <translation>&amp;Impact global</translation>
        </message>
        <message>
            <source>The impact in numbers.</source>
            <translation>L'impact en chiffres.</translation>
        </message>
        <message>
            <source>Impact on &amp;end users</source>
            <translation>Impact sur les &amp;utilisateurs finaux</translation>
        </message>
        <message>
            <source>Impact on s&amp;taff</source>
            <translation>Impact sur le perso&amp;nnel</translation>
        </message>
        <message>
            <source>Impact on other &amp;departments</source>
            <translation>Impact sur les autres &amp;ministères</translation>
        </message>
        <message>
            <source>Other impact</source>
            <translation>Autre impact</translation>
        </message>
    </context>
    <context>
        <name>TimelineCommands</name>
        <message>
            <source>Add event</source>
            <translation>Ajout d'un événement</translation>
        </message>
        <message>
            <source>Edit event</source>
            <translation>Modification d'un événement</translation>
        </message>
        <message>
            <source>Delete event</source>
            <translation>Suppression d'un événement</translation>
        </message>
        <message>
            <source>Mark key event</source>
            <translation>Marquage d'un événement clé</translation>
        </message>
        <message>
            <source>Unmark key event</source>
            <translation>Retrait de la marque d'événement clé</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <source>Time ({zone})</source>
            <translation>Heure ({zone})</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Intervenant</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Clé</translation>
        </message>
        <message>
            <source>Times are shown in the postmortem's time zone, {zone}.</source>
            <translation>Les heures sont affichées dans le fuseau horaire du rapport d'incident, {zone}.</translation>
        </message>
        <message>
            <source>Key events (★) are the moments that matter most. Toggle with Ctrl+K.</source>
            <translation>Les événements clés (★) sont les moments qui comptent le plus. Ctrl+K ajoute ou retire la marque.</translation>
        </message>
        <message>
            <source>Written as {time} {offset}</source>
            <translation>Heure saisie : {time} {offset}</translation>
        </message>
        <message>
            <source>Key event</source>
            <translation>Événement clé</translation>
        </message>
        <message>
            <source>Not a key event</source>
            <translation>Pas un événement clé</translation>
        </message>
    </context>
    <context>
        <name>TimelinePage</name>
        <message>
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <source>&amp;Add event…</source>
            <translation>A&amp;jouter un événement…</translation>
        </message>
        <message>
            <source>Add an event (Insert or Ctrl+Enter)</source>
            <translation>Ajouter un événement (Inser ou Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>Edit the selected event (Enter or F2)</source>
            <translation>Modifier l'événement sélectionné (Entrée ou F2)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>S&amp;upprimer</translation>
        </message>
        <message>
            <source>Delete the selected event (Delete)</source>
            <translation>Supprimer l'événement sélectionné (Suppr)</translation>
        </message>
        <message>
            <source>&amp;Key event ★</source>
            <translation>Événement &amp;clé ★</translation>
        </message>
        <message>
            <source>Mark or unmark the selected event as a key event (Ctrl+K)</source>
            <translation>Marquer l'événement sélectionné comme événement clé, ou retirer cette marque (Ctrl+K)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>A&amp;nnuler</translation>
        </message>
        <message>
            <source>Undo the last change (Ctrl+Z)</source>
            <translation>Annuler la dernière modification (Ctrl+Z)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>Redo the change (Ctrl+Shift+Z)</source>
            <translation>Rétablir la modification (Ctrl+Maj+Z)</translation>
        </message>
        <message>
            <source>Even&amp;ts, in the order they happened</source>
            <translation>É&amp;vénements, dans l'ordre où ils se sont produits</translation>
        </message>
        <message>
            <source>Timeline events</source>
            <translation>Événements de la chronologie</translation>
        </message>
        <message>
            <source>No events yet. Press Insert to add the first one, with its date and time.</source>
            <translation>Aucun événement pour l'instant. Appuyez sur Inser pour ajouter le premier, avec sa date et son heure.</translation>
        </message>
        <message>
            <source>Not changed: {milestone} would come before {other}. Milestones go in this order: impact started, detected, mitigated, resolved.</source>
            <translation>Modification refusée : {milestone} tomberait avant {other}. Les jalons suivent cet ordre : début de l'impact, détection, atténuation, résolution.</translation>
        </message>
        <message>
            <source>{milestone}: {time}</source>
            <translation>{milestone} : {time}</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>à préciser</translation>
        </message>
        <message>
            <source>Milestones: {list}</source>
            <translation>Jalons : {list}</translation>
        </message>
    </context>
    <context>
        <name>WhysEditor</name>
        <message>
            <source>Add w&amp;hy</source>
            <translation>Ajouter un p&amp;ourquoi</translation>
        </message>
        <message>
            <source>Ask why once more (Insert)</source>
            <translation>Demander pourquoi une fois de plus (Inser)</translation>
        </message>
        <message>
            <source>Remove wh&amp;y</source>
            <translation>Retirer ce pourquo&amp;i</translation>
        </message>
        <message>
            <source>Remove the selected why (Delete)</source>
            <translation>Retirer le pourquoi choisi (Suppr)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Monter</translation>
        </message>
        <message>
            <source>Move the selected why up (Ctrl+Up)</source>
            <translation>Monter le pourquoi choisi (Ctrl+Haut)</translation>
        </message>
        <message>
            <source>Move d&amp;own</source>
            <translation>Descendr&amp;e</translation>
        </message>
        <message>
            <source>Move the selected why down (Ctrl+Down)</source>
            <translation>Descendre le pourquoi choisi (Ctrl+Bas)</translation>
        </message>
        <message>
            <source>Whys</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <source>Each answer to “why?”, in order. Enter edits, Insert adds, Delete removes.</source>
            <translation>Chaque réponse à « pourquoi? », dans l'ordre. Entrée modifie, Inser ajoute, Suppr retire.</translation>
        </message>
        <message>
            <source>Why {number}</source>
            <translation>Pourquoi {number}</translation>
        </message>
    </context>
    <context>
        <name>WizardPage</name>
        <message>
            <source>Guidance</source>
            <translation>Conseils</translation>
        </message>
    </context>
    <context>
        <name>WordingCoach</name>
        <message>
            <source>Try:</source>
            <translation>Essayez :</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>utilisation : </translation>
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
            <translation>afficher cette aide et quitter</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s : %(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>arguments non reconnus : %s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>non permis avec l'argument %s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>les arguments suivants sont obligatoires : %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>l'un des arguments %s est obligatoire</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>un argument attendu</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>au plus un argument attendu</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>au moins un argument attendu</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>choix non valide : %(value)r (choisir parmi %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valeur %(type)s non valide : %(value)r</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>impossible d'ouvrir « %(filename)s » : %(error)s</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>internal error ({name}); set PMDESK_DEBUG=1 for details</source>
            <translation>erreur interne ({name}); définissez PMDESK_DEBUG=1 pour les détails</translation>
        </message>
        <message>
            <source>The library is sound. Postmortems checked: {count}.</source>
            <translation>La bibliothèque est saine. Rapports d'incident vérifiés : {count}.</translation>
        </message>
        <message>
            <source>Restored. The library as it was before is kept in {path}.</source>
            <translation>Restauration terminée. La bibliothèque telle qu'elle était avant est conservée dans {path}.</translation>
        </message>
        <message>
            <source>Restored. The damaged library is kept as {path}.</source>
            <translation>Restauration terminée. La bibliothèque endommagée est conservée sous {path}.</translation>
        </message>
        <message>
            <source>usage error: {message}</source>
            <translation>erreur d'utilisation : {message}</translation>
        </message>
        <message>
            <source>Blameless incident postmortems, written offline.</source>
            <translation>Des rapports d'incident sans blâme, rédigés hors ligne.</translation>
        </message>
        <message>
            <source>With no command, pmdesk opens its window.</source>
            <translation>Sans commande, pmdesk ouvre sa fenêtre.</translation>
        </message>
        <message>
            <source>print the version and exit</source>
            <translation>afficher la version et quitter</translation>
        </message>
        <message>
            <source>PATH|URL</source>
            <translation>CHEMIN|URL</translation>
        </message>
        <message>
            <source>the library: a SQLite file or a SQLAlchemy URL (or PMDESK_DB)</source>
            <translation>la bibliothèque : un fichier SQLite ou une URL SQLAlchemy (ou PMDESK_DB)</translation>
        </message>
        <message>
            <source>language of the interface and messages (or PMDESK_UI_LANG)</source>
            <translation>langue de l'interface et des messages (ou PMDESK_UI_LANG)</translation>
        </message>
        <message>
            <source>COMMAND</source>
            <translation>COMMANDE</translation>
        </message>
        <message>
            <source>create a postmortem, print its id</source>
            <translation>créer un rapport d'incident, afficher son identifiant</translation>
        </message>
        <message>
            <source>the incident's title</source>
            <translation>le titre de l'incident</translation>
        </message>
        <message>
            <source>document language</source>
            <translation>langue du document</translation>
        </message>
        <message>
            <source>display time zone (IANA name)</source>
            <translation>fuseau horaire d'affichage (nom IANA)</translation>
        </message>
        <message>
            <source>list the postmortems</source>
            <translation>lister les rapports d'incident</translation>
        </message>
        <message>
            <source>import an interchange file, print the ids</source>
            <translation>importer un fichier d'échange, afficher les identifiants</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FICHIER</translation>
        </message>
        <message>
            <source>overwrite postmortems that are already in the library</source>
            <translation>remplacer les rapports d'incident déjà présents dans la bibliothèque</translation>
        </message>
        <message>
            <source>import as new postmortems, with new ids</source>
            <translation>importer comme nouveaux rapports d'incident, avec de nouveaux identifiants</translation>
        </message>
        <message>
            <source>export a postmortem</source>
            <translation>exporter un rapport d'incident</translation>
        </message>
        <message>
            <source>id or id prefix</source>
            <translation>identifiant ou début d'identifiant</translation>
        </message>
        <message>
            <source>export the whole library</source>
            <translation>exporter toute la bibliothèque</translation>
        </message>
        <message>
            <source>document language (default: the postmortem's own)</source>
            <translation>langue du document (par défaut : celle du rapport d'incident)</translation>
        </message>
        <message>
            <source>document template (default: the postmortem's own)</source>
            <translation>modèle du document (par défaut : celui du rapport d'incident)</translation>
        </message>
        <message>
            <source>PDF paper size (default: the usual one where you live)</source>
            <translation>format du papier du PDF (par défaut : celui d'usage là où vous vivez)</translation>
        </message>
        <message>
            <source>write PDF/A-1b</source>
            <translation>écrire en PDF/A-1b</translation>
        </message>
        <message>
            <source>leave out empty sections instead of marking them</source>
            <translation>omettre les sections vides au lieu de les signaler</translation>
        </message>
        <message>
            <source>OUT</source>
            <translation>SORTIE</translation>
        </message>
        <message>
            <source>file to write (atomically); standard output if omitted</source>
            <translation>fichier à écrire (de façon atomique); sortie standard s'il est omis</translation>
        </message>
        <message>
            <source>append a timeline event, print its id</source>
            <translation>ajouter un événement à la chronologie, afficher son identifiant</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXTE</translation>
        </message>
        <message>
            <source>TIME</source>
            <translation>HEURE</translation>
        </message>
        <message>
            <source>when it happened (default: now), in the postmortem's time zone</source>
            <translation>quand c'est arrivé (par défaut : maintenant), dans le fuseau horaire du rapport d'incident</translation>
        </message>
        <message>
            <source>who or what acted</source>
            <translation>la personne, l'équipe ou le système qui a agi</translation>
        </message>
        <message>
            <source>render every window and wizard page to PNG (offscreen)</source>
            <translation>rendre chaque fenêtre et chaque page de l'assistant en PNG (hors écran)</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>DOSSIER</translation>
        </message>
        <message>
            <source>find blaming wording in a file</source>
            <translation>repérer les formulations culpabilisantes dans un fichier</translation>
        </message>
        <message>
            <source>the file's language (default: en)</source>
            <translation>langue du fichier (par défaut : en)</translation>
        </message>
        <message>
            <source>check the library's integrity</source>
            <translation>vérifier l'intégrité de la bibliothèque</translation>
        </message>
        <message>
            <source>take a verified backup, print its path</source>
            <translation>faire une copie de sauvegarde vérifiée, afficher son chemin</translation>
        </message>
        <message>
            <source>replace the library with a backup</source>
            <translation>remplacer la bibliothèque par une copie de sauvegarde</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>Something unexpected went wrong ({name}). Your text is kept; the details are in {path} for a bug report.</source>
            <translation>Un problème inattendu est survenu ({name}). Votre texte est conservé; les détails se trouvent dans {path} pour un rapport de bogue.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>No postmortem has the id {id}.</source>
            <translation>Aucun rapport d'incident n'a l'identifiant {id}.</translation>
        </message>
        <message>
            <source>More than one postmortem id starts with {id}: type more of it.</source>
            <translation>Plus d'un identifiant de rapport d'incident commence par {id} : tapez-en davantage.</translation>
        </message>
        <message>
            <source>The postmortem {id} ({title}) is already in the library: import it as a copy or replace it.</source>
            <translation>Le rapport d'incident {id} ({title}) est déjà dans la bibliothèque : importez-le comme copie ou remplacez-le.</translation>
        </message>
        <message>
            <source>Ids in the file are already used in the library: import it as a copy.</source>
            <translation>Des identifiants du fichier sont déjà utilisés dans la bibliothèque : importez-le comme copie.</translation>
        </message>
        <message>
            <source>The file is not valid JSON (line {line}, column {column}).</source>
            <translation>Le fichier n'est pas du JSON valide (ligne {line}, colonne {column}).</translation>
        </message>
        <message>
            <source>The file ends too early (line {line}): it is truncated.</source>
            <translation>Le fichier se termine trop tôt (ligne {line}) : il est tronqué.</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text (invalid byte at offset {offset}).</source>
            <translation>Le fichier n'est pas du texte UTF-8 (octet non valide à la position {offset}).</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Le fichier est vide.</translation>
        </message>
        <message>
            <source>The file is too large ({size} bytes; the limit is {max}).</source>
            <translation>Le fichier est trop volumineux ({size} octets; la limite est de {max}).</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>Impossible de lire {path} : {reason}.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}.</source>
            <translation>Impossible d'écrire {path} : {reason}.</translation>
        </message>
        <message>
            <source>Cannot create the library {path}: {reason}.</source>
            <translation>Impossible de créer la bibliothèque {path} : {reason}.</translation>
        </message>
        <message>
            <source>The library {path} does not exist.</source>
            <translation>La bibliothèque {path} n'existe pas.</translation>
        </message>
        <message>
            <source>{path} is not a pmdesk library: it is not a SQLite database.</source>
            <translation>{path} n'est pas une bibliothèque pmdesk : ce n'est pas une base de données SQLite.</translation>
        </message>
        <message>
            <source>{path} is a SQLite database, but not a pmdesk library.</source>
            <translation>{path} est une base de données SQLite, mais pas une bibliothèque pmdesk.</translation>
        </message>
        <message>
            <source>{path} was made by a newer version of pmdesk (schema {revision}): update pmdesk to open it.</source>
            <translation>{path} a été créée par une version plus récente de pmdesk (schéma {revision}) : mettez pmdesk à jour pour l'ouvrir.</translation>
        </message>
        <message>
            <source>The library {path} is damaged ({detail}): restore it from a backup.</source>
            <translation>La bibliothèque {path} est endommagée ({detail}) : restaurez-la à partir d'une copie de sauvegarde.</translation>
        </message>
        <message>
            <source>The library {path} is busy in another program: try again.</source>
            <translation>La bibliothèque {path} est occupée par un autre programme : réessayez.</translation>
        </message>
        <message>
            <source>The library {path} is read-only.</source>
            <translation>La bibliothèque {path} est en lecture seule.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was lost. Free some space and try again.</source>
            <translation>Le disque est plein : rien n'a été perdu. Libérez de l'espace et réessayez.</translation>
        </message>
        <message>
            <source>The disk reported an error while using {path} ({detail}).</source>
            <translation>Le disque a signalé une erreur pendant l'utilisation de {path} ({detail}).</translation>
        </message>
        <message>
            <source>Cannot open the library {path}.</source>
            <translation>Impossible d'ouvrir la bibliothèque {path}.</translation>
        </message>
        <message>
            <source>Database error in {path}: {detail}.</source>
            <translation>Erreur de base de données dans {path} : {detail}.</translation>
        </message>
        <message>
            <source>“{value}” is neither a database file nor a database URL.</source>
            <translation>« {value} » n'est ni un fichier ni une URL de base de données.</translation>
        </message>
        <message>
            <source>The backup {path} failed: {detail}.</source>
            <translation>La copie de sauvegarde {path} a échoué : {detail}.</translation>
        </message>
        <message>
            <source>Backups are made for SQLite libraries only, not {path}.</source>
            <translation>Les copies de sauvegarde ne se font que pour les bibliothèques SQLite, pas pour {path}.</translation>
        </message>
        <message>
            <source>“{value}” is not a time: write 10:02, 2026-03-01 10:02 or an ISO 8601 time.</source>
            <translation>« {value} » n'est pas une heure : écrivez 10:02, 2026-03-01 10:02 ou une heure ISO 8601.</translation>
        </message>
        <message>
            <source>{value} never happened in the postmortem's time zone (the clocks jumped forward): give the time the clocks showed.</source>
            <translation>{value} n'a jamais existé dans le fuseau horaire du rapport d'incident (les horloges ont avancé d'une heure) : indiquez l'heure qu'affichaient les horloges.</translation>
        </message>
        <message>
            <source>PDF export is not available in this program; choose Markdown or HTML.</source>
            <translation>L'exportation en PDF n'est pas offerte dans ce programme; choisissez Markdown ou HTML.</translation>
        </message>
        <message>
            <source>A whole library exports to JSON only; add --format json.</source>
            <translation>Une bibliothèque entière s'exporte en JSON seulement; ajoutez --format json.</translation>
        </message>
        <message>
            <source>Name one postmortem by its id, or use --all for the whole library.</source>
            <translation>Nommez un rapport d'incident par son identifiant, ou utilisez --all pour toute la bibliothèque.</translation>
        </message>
        <message>
            <source>{path} is not a regular file (a device or a pipe): pmdesk does not read it.</source>
            <translation>{path} n'est pas un fichier ordinaire (un périphérique ou un tube) : pmdesk ne le lit pas.</translation>
        </message>
        <message>
            <source>The library {path} is empty: restore it from a backup (pmdesk restore).</source>
            <translation>La bibliothèque {path} est vide : restaurez-la à partir d'une copie de sauvegarde (pmdesk restore).</translation>
        </message>
        <message>
            <source>The library holds a value this pmdesk does not know (“{value}”): it was written by a newer version.</source>
            <translation>La bibliothèque contient une valeur que cette version de pmdesk ne connaît pas (« {value} ») : elle a été écrite par une version plus récente.</translation>
        </message>
        <message>
            <source>The library {path} could not be upgraded ({detail}); nothing was changed.</source>
            <translation>La bibliothèque {path} n'a pas pu être mise à niveau ({detail}); rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The text holds characters that cannot be saved: {detail}.</source>
            <translation>Le texte contient des caractères qui ne peuvent pas être enregistrés : {detail}.</translation>
        </message>
    </context>
    <context>
        <name>formats</name>
        <message>
            <source>{days} d {hours} h</source>
            <translation>{days} j {hours} h</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
    </context>
    <context>
        <name>problems</name>
        <message>
            <source>expected: {expected}; found: {found}</source>
            <translation>attendu : {expected}; trouvé : {found}</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>manquant</translation>
        </message>
        <message>
            <source>unknown value “{value}” (expected one of: {allowed})</source>
            <translation>valeur inconnue « {value} » (valeurs permises : {allowed})</translation>
        </message>
        <message>
            <source>not an ISO 8601 time</source>
            <translation>pas une heure ISO 8601</translation>
        </message>
        <message>
            <source>time without a UTC offset (add one, such as +00:00 or -05:00)</source>
            <translation>heure sans décalage UTC (ajoutez-en un, comme +00:00 ou -05:00)</translation>
        </message>
        <message>
            <source>UTC offset out of range or not in whole minutes</source>
            <translation>décalage UTC hors limites ou pas en minutes entières</translation>
        </message>
        <message>
            <source>not a date (YYYY-MM-DD)</source>
            <translation>pas une date (AAAA-MM-JJ)</translation>
        </message>
        <message>
            <source>text too long ({length} characters; the limit is {max})</source>
            <translation>texte trop long ({length} caractères; la limite est de {max})</translation>
        </message>
        <message>
            <source>holds a character that cannot be stored ({character})</source>
            <translation>contient un caractère qui ne peut pas être enregistré ({character})</translation>
        </message>
        <message>
            <source>unknown time zone “{value}”</source>
            <translation>fuseau horaire inconnu « {value} »</translation>
        </message>
        <message>
            <source>required once the postmortem is no longer in progress</source>
            <translation>obligatoire une fois que le rapport d'incident n'est plus en cours</translation>
        </message>
        <message>
            <source>earlier than {milestone}</source>
            <translation>antérieur à {milestone}</translation>
        </message>
        <message>
            <source>the id {value} is used twice</source>
            <translation>l'identifiant {value} est utilisé deux fois</translation>
        </message>
        <message>
            <source>names a factor that does not exist ({value})</source>
            <translation>désigne un facteur qui n'existe pas ({value})</translation>
        </message>
        <message>
            <source>not a pmdesk file (format “{value}”)</source>
            <translation>pas un fichier pmdesk (format « {value} »)</translation>
        </message>
        <message>
            <source>version {value} cannot be read (this pmdesk reads version {supported})</source>
            <translation>la version {value} ne peut pas être lue (cette version de pmdesk lit la version {supported})</translation>
        </message>
        <message>
            <source>the database is damaged ({detail})</source>
            <translation>la base de données est endommagée ({detail})</translation>
        </message>
        <message>
            <source>{count} rows belong to no postmortem</source>
            <translation>{count} lignes n'appartiennent à aucun rapport d'incident</translation>
        </message>
        <message>
            <source>the schema is at revision {revision}, not the newest</source>
            <translation>le schéma est à la révision {revision}, pas la plus récente</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <translation>{path} : {problem}</translation>
        </message>
    </context>
    <context>
        <name>reasons</name>
        <message>
            <source>no such file or folder</source>
            <translation>fichier ou dossier introuvable</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>permission refusée</translation>
        </message>
        <message>
            <source>operation not permitted</source>
            <translation>opération non permise</translation>
        </message>
        <message>
            <source>read-only file system</source>
            <translation>système de fichiers en lecture seule</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>c'est un dossier</translation>
        </message>
        <message>
            <source>a part of the path is not a folder</source>
            <translation>une partie du chemin n'est pas un dossier</translation>
        </message>
        <message>
            <source>it already exists</source>
            <translation>il existe déjà</translation>
        </message>
        <message>
            <source>error {number}</source>
            <translation>erreur {number}</translation>
        </message>
    </context>
    <context>
        <name>values</name>
        <message>
            <source>JSON object</source>
            <translation>objet JSON</translation>
        </message>
        <message>
            <source>JSON array</source>
            <translation>tableau JSON</translation>
        </message>
        <message>
            <source>string</source>
            <translation>chaîne de caractères</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true ou false</translation>
        </message>
        <message>
            <source>number</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>null</source>
            <translation>null</translation>
        </message>
        <message>
            <source>the start of impact</source>
            <translation>le début de l'impact</translation>
        </message>
        <message>
            <source>the detection time</source>
            <translation>l'heure de détection</translation>
        </message>
        <message>
            <source>the mitigation time</source>
            <translation>l'heure d'atténuation</translation>
        </message>
        <message>
            <source>the resolution time</source>
            <translation>l'heure de résolution</translation>
        </message>
    </context>
</TS>
