<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>LocaleFormat</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>A time span, e.g. "14/07/2026 08:20 – 17:20"; either end may be empty</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open or create the vault in &lt;dir&gt;.</source>
        <translation>Ouvrir ou créer le coffre dans le dossier &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Offline-first, encrypted records for detention monitoring (OPCAT).</source>
        <translation>Dossiers chiffrés, conçus pour fonctionner hors ligne, pour le contrôle des lieux de privation de liberté (OPCAT).</translation>
    </message>
</context>
<context>
    <name>vigil::AccessEventEditor</name>
    <message>
        <source>&amp;Delete event</source>
        <translation>&amp;Supprimer l'incident</translation>
    </message>
    <message>
        <source>Kind of access event</source>
        <translation>Type d'incident d'accès</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Moment de l'incident</translation>
    </message>
    <message>
        <source>Area concerned</source>
        <translation>Zone concernée</translation>
    </message>
    <message>
        <source>e.g. segregation unit</source>
        <translation>p. ex. quartier d'isolement</translation>
    </message>
    <message>
        <source>Official responsible</source>
        <translation>Agent responsable</translation>
    </message>
    <message>
        <source>Name or function</source>
        <translation>Nom ou fonction</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s'est passé</translation>
    </message>
    <message>
        <source>Delay in minutes</source>
        <translation>Retard en minutes</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Delete the selected access event</source>
        <translation>Supprimer l'incident d'accès sélectionné</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Heure :</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Zone :</translation>
    </message>
    <message>
        <source>&amp;Official:</source>
        <translation>&amp;Agent :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>D&amp;elay:</source>
        <translation>&amp;Retard :</translation>
    </message>
    <message>
        <source>time of access event</source>
        <translation>l'heure de l'incident d'accès</translation>
    </message>
    <message>
        <source>area</source>
        <translation>la zone</translation>
    </message>
    <message>
        <source>official</source>
        <translation>l'agent</translation>
    </message>
    <message>
        <source>description of access event</source>
        <translation>la description de l'incident d'accès</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>le retard</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Change kind of access event</source>
        <translation>Modifier le type d'incident d'accès</translation>
    </message>
    <message>
        <source>Delete access event</source>
        <translation>Supprimer l'incident d'accès</translation>
    </message>
    <message>
        <source>Time not recorded</source>
        <translation>Heure non consignée</translation>
    </message>
</context>
<context>
    <name>vigil::AccessLogPanel</name>
    <message>
        <source>Record &amp;refusal</source>
        <translation>Consigner un &amp;refus</translation>
    </message>
    <message>
        <source>Record a refusal of access now</source>
        <translation>Consigner maintenant un refus d'accès</translation>
    </message>
    <message>
        <source>Record de&amp;lay</source>
        <translation>Consigner un re&amp;tard</translation>
    </message>
    <message>
        <source>Record a delay of access now</source>
        <translation>Consigner maintenant un retard d'accès</translation>
    </message>
    <message>
        <source>Record o&amp;bstruction</source>
        <translation>Consigner une &amp;entrave</translation>
    </message>
    <message>
        <source>Record an obstruction now</source>
        <translation>Consigner maintenant une entrave</translation>
    </message>
    <message>
        <source>Access events, by time</source>
        <translation>Incidents d'accès, par ordre chronologique</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Consigner : %1</translation>
    </message>
    <message>
        <source>time not recorded</source>
        <translation>heure non consignée</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <extracomment>An access event in the list: time, kind, start of its description</extracomment>
        <translation>%1 — %2 %3</translation>
    </message>
</context>
<context>
    <name>vigil::AccessLogRepository</name>
    <message>
        <source>The access log entry does not exist or was deleted.</source>
        <translation>L'entrée du journal d'accès n'existe pas ou a été supprimée.</translation>
    </message>
</context>
<context>
    <name>vigil::AccessibleParts</name>
    <message>
        <source>Scroll %1 sideways</source>
        <translation>Faire défiler %1 horizontalement</translation>
    </message>
    <message>
        <source>Scroll %1 up and down</source>
        <translation>Faire défiler %1 verticalement</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Effacer %1</translation>
    </message>
</context>
<context>
    <name>vigil::AllegationRepository</name>
    <message>
        <source>The allegation does not exist or was deleted.</source>
        <translation>L'allégation n'existe pas ou a été supprimée.</translation>
    </message>
    <message>
        <source>The reprisal allegation does not exist or was deleted.</source>
        <translation>L'allégation de représailles n'existe pas ou a été supprimée.</translation>
    </message>
</context>
<context>
    <name>vigil::AllegationSafeguards</name>
    <message>
        <source>A referral needs the interviewee's consent to act.</source>
        <translation>Une transmission du cas nécessite le consentement de la personne entendue à ce qu'il y soit donné suite.</translation>
    </message>
    <message>
        <source>An allegation can only be linked to an interview of the same visit.</source>
        <translation>Une allégation ne peut être liée qu'à un entretien de la même visite.</translation>
    </message>
    <message>
        <source>An allegation heard in an interview can only be recorded once the interviewee's consent is recorded.</source>
        <translation>Une allégation entendue lors d'un entretien ne peut être consignée qu'une fois le consentement de la personne entendue consigné.</translation>
    </message>
    <message>
        <source>Acting on an allegation needs the interviewee's consent to share it with the authorities or to refer the case.</source>
        <translation>Donner suite à une allégation nécessite le consentement de la personne entendue à ce qu'elle soit communiquée aux autorités ou à ce que le cas soit transmis.</translation>
    </message>
    <message>
        <source>Reprisal allegations are restricted to coordinators.</source>
        <translation>Les allégations de représailles sont réservées aux coordinateurs.</translation>
    </message>
    <message>
        <source>A reprisal allegation names the person only by an interview's pseudonym code, such as D-07.</source>
        <translation>Une allégation de représailles ne désigne la personne que par le code pseudonyme d'un entretien, tel que D-07.</translation>
    </message>
    <message>
        <source>No interview of this visit has the pseudonym %1.</source>
        <translation>Aucun entretien de cette visite ne porte le pseudonyme %1.</translation>
    </message>
</context>
<context>
    <name>vigil::AppWindow</name>
    <message>
        <source>Vigil</source>
        <translation>Vigil</translation>
    </message>
</context>
<context>
    <name>vigil::AtomicFile</name>
    <message>
        <source>%1 is larger than it can be; it may be damaged or not a Vigil file.</source>
        <translation>%1 est plus volumineux que possible ; il est peut-être endommagé ou n'est pas un fichier Vigil.</translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentCipher</name>
    <message>
        <source>The file being read could not be read.</source>
        <translation>Le fichier en cours de lecture n'a pas pu être lu.</translation>
    </message>
    <message>
        <source>The attachment file is damaged or was tampered with; it cannot be opened.</source>
        <translation>Le fichier de la pièce jointe est endommagé ou a été altéré ; il ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The attachment could not be written out.</source>
        <translation>La pièce jointe n'a pas pu être écrite.</translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu : %1</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Fermer l'aperçu</translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentStore</name>
    <message>
        <source>attachment.owner_id: must be the id of a record</source>
        <translation>attachment.owner_id : doit être l'identifiant d'un enregistrement</translation>
    </message>
    <message>
        <source>The attachment does not exist or was deleted.</source>
        <translation>La pièce jointe n'existe pas ou a été supprimée.</translation>
    </message>
    <message>
        <source>The file of attachment '%1' is missing from the vault.</source>
        <translation>Le fichier de la pièce jointe « %1 » est absent du coffre.</translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentsPanel</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>&amp;Delete attachment…</source>
        <translation>&amp;Supprimer la pièce jointe…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Import photos or documents</source>
        <translation>Importer des photos ou des documents</translation>
    </message>
    <message>
        <source>Preview the selected image</source>
        <translation>Afficher l'aperçu de l'image sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected attachment</source>
        <translation>Supprimer la pièce jointe sélectionnée</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l'importation</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l'importation</translation>
    </message>
    <message>
        <source>Encrypting %1…</source>
        <translation>Chiffrement de %1…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.gif *.webp *.pdf *.txt *.doc *.docx *.odt);;All files (*)</source>
        <translation>Photos et documents (*.jpg *.jpeg *.png *.gif *.webp *.pdf *.txt *.doc *.docx *.odt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importation de %n fichier…</numerusform>
            <numerusform>Importation de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n fichier importé.</numerusform>
            <numerusform>%n fichiers importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importation annulée.</translation>
    </message>
    <message>
        <source>Only images can be previewed.</source>
        <translation>Seules les images peuvent être prévisualisées.</translation>
    </message>
    <message>
        <source>Decrypting %1…</source>
        <translation>Déchiffrement de %1…</translation>
    </message>
    <message>
        <source>Delete attachment</source>
        <translation>Supprimer la pièce jointe</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer « %1 » ?</translation>
    </message>
    <message>
        <source>The encrypted file and its key are destroyed. This cannot be undone.</source>
        <translation>Le fichier chiffré et sa clé sont détruits. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>vigil::AuditLog</name>
    <message>
        <source>audit event %1 is missing (the log jumps from %2 to %3)</source>
        <translation>l'événement d'audit %1 est absent (le journal passe de %2 à %3)</translation>
    </message>
    <message>
        <source>audit event %1 (%2 %3) does not follow event %4</source>
        <translation>l'événement d'audit %1 (%2 %3) ne fait pas suite à l'événement %4</translation>
    </message>
    <message>
        <source>audit event %1 (%2 %3, %4) was altered after it was written</source>
        <translation>l'événement d'audit %1 (%2 %3, %4) a été modifié après son écriture</translation>
    </message>
</context>
<context>
    <name>vigil::BodyRepository</name>
    <message>
        <source>A body cannot be placed under itself or one of its member bodies.</source>
        <translation>Un organe ne peut pas être rattaché à lui-même ni à l'un de ses organes membres.</translation>
    </message>
    <message>
        <source>The body does not exist or was deleted.</source>
        <translation>L'organe n'existe pas ou a été supprimé.</translation>
    </message>
</context>
<context>
    <name>vigil::BundleError</name>
    <message>
        <source>This file is not a Vigil bundle.</source>
        <translation>Ce fichier n'est pas un lot Vigil.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of Vigil. Update Vigil and import it again.</source>
        <translation>Ce lot a été créé par une version plus récente de Vigil. Mettez Vigil à jour et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>This bundle is larger than Vigil accepts; it was not imported.</source>
        <translation>Ce lot dépasse la taille acceptée par Vigil ; il n'a pas été importé.</translation>
    </message>
    <message>
        <source>This bundle is incomplete; it was probably not copied or downloaded completely. Copy it again and retry.</source>
        <translation>Ce lot est incomplet ; il n'a probablement pas été copié ou téléchargé entièrement. Copiez-le de nouveau et réessayez.</translation>
    </message>
    <message>
        <source>This bundle is damaged or was tampered with; nothing was imported. Ask the sender to send it again.</source>
        <translation>Ce lot est endommagé ou a été altéré ; rien n'a été importé. Demandez à l'expéditeur de le renvoyer.</translation>
    </message>
    <message>
        <source>This bundle comes from a device that is not enrolled in your organisation; it was not imported.</source>
        <translation>Ce lot provient d'un appareil qui n'est pas enregistré dans votre organisation ; il n'a pas été importé.</translation>
    </message>
    <message>
        <source>This bundle comes from a device that was revoked; it was not imported.</source>
        <translation>Ce lot provient d'un appareil révoqué ; il n'a pas été importé.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this device; it was not imported.</source>
        <translation>Ce lot n'est pas destiné à cet appareil ; il n'a pas été importé.</translation>
    </message>
    <message>
        <source>This bundle holds more or larger records than Vigil accepts; it was not imported.</source>
        <translation>Ce lot contient des dossiers plus nombreux ou plus volumineux que ce qu'accepte Vigil ; il n'a pas été importé.</translation>
    </message>
    <message>
        <source>The bundle is full; the rest goes into another bundle.</source>
        <translation>Le lot est plein ; le reste est placé dans un autre lot.</translation>
    </message>
    <message>
        <source>A record is too large to be sent in a bundle.</source>
        <translation>Un dossier est trop volumineux pour être envoyé dans un lot.</translation>
    </message>
    <message>
        <source>The bundle could not be written because of an internal error.</source>
        <translation>Le lot n'a pas pu être écrit en raison d'une erreur interne.</translation>
    </message>
    <message>
        <source>Reading or writing the bundle file failed.</source>
        <translation>La lecture ou l'écriture du fichier de lot a échoué.</translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistPanel</name>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Liste de contrôle :</translation>
    </message>
    <message>
        <source>There is no checklist yet for this type of place (%1).</source>
        <extracomment>%1 is a place type, e.g. "Airport transit zone"</extracomment>
        <translation>Il n'existe pas encore de liste de contrôle pour ce type de lieu (%1).</translation>
    </message>
    <message>
        <source>No finding</source>
        <translation>Aucun constat</translation>
    </message>
    <message>
        <source>Untitled finding</source>
        <translation>Constat sans titre</translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistQuestionWidget</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Standards: %1</source>
        <translation>Normes : %1</translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation>Réponse à la question %1</translation>
    </message>
    <message>
        <source>Notes on question %1</source>
        <translation>Notes sur la question %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Edit checklist notes</source>
        <translation>Modifier les notes de la liste de contrôle</translation>
    </message>
    <message>
        <source>Finding that question %1 led to</source>
        <translation>Constat auquel la question %1 a conduit</translation>
    </message>
    <message>
        <source>Link to finding</source>
        <translation>Lier à un constat</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Answer checklist question</source>
        <translation>Répondre à une question de la liste de contrôle</translation>
    </message>
    <message>
        <source>Link checklist answer to finding</source>
        <translation>Lier la réponse de la liste de contrôle à un constat</translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistResponseRepository</name>
    <message>
        <source>The checklist answer does not exist or was deleted.</source>
        <translation>La réponse à la liste de contrôle n'existe pas ou a été supprimée.</translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistTemplateRepository</name>
    <message>
        <source>The checklist template does not exist or was deleted.</source>
        <translation>Le modèle de liste de contrôle n'existe pas ou a été supprimé.</translation>
    </message>
</context>
<context>
    <name>vigil::ConsentSection</name>
    <message>
        <source>Consent — before anything is written</source>
        <translation>Consentement — avant toute prise de notes</translation>
    </message>
    <message>
        <source>&amp;Change consent…</source>
        <translation>&amp;Modifier le consentement…</translation>
    </message>
    <message>
        <source>Change consent</source>
        <translation>Modifier le consentement</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Retirer le consentement…</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>Explain who the team is and what happens with what the person says. Tick only what they agreed to.</source>
        <translation>Expliquez qui est l'équipe et ce qu'il adviendra des propos de la personne. Ne cochez que ce qu'elle a accepté.</translation>
    </message>
    <message>
        <source>A group interview carries no confidentiality, so it allows only aggregate use and anonymous quotes. Hear the person in private to go further.</source>
        <translation>Un entretien collectif n'offre aucune confidentialité ; il ne permet donc qu'un usage agrégé et des citations anonymes. Entendez la personne en privé pour aller plus loin.</translation>
    </message>
    <message>
        <source>Consent sought in an adapted way for</source>
        <translation>Consentement recueilli de façon adaptée pour</translation>
    </message>
    <message>
        <source>Not adapted</source>
        <translation>Non adapté</translation>
    </message>
    <message>
        <source>Adapted for:</source>
        <translation>Adapté pour :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>&amp;Consigner le consentement</translation>
    </message>
    <message>
        <source>&amp;Record changed consent</source>
        <translation>&amp;Consigner le consentement modifié</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Consigner le consentement</translation>
    </message>
    <message>
        <source>Record changed consent</source>
        <translation>Consigner le consentement modifié</translation>
    </message>
    <message>
        <source>Agreed to: %1.</source>
        <translation>A accepté : %1.</translation>
    </message>
    <message>
        <source>Sought in an adapted way for: %1.</source>
        <translation>Recueilli de façon adaptée pour : %1.</translation>
    </message>
    <message>
        <source>No consent recorded yet: no notes can be written.</source>
        <translation>Aucun consentement consigné : aucune note ne peut être prise.</translation>
    </message>
    <message>
        <source>Consent recorded %1.</source>
        <translation>Consentement consigné le %1.</translation>
    </message>
    <message>
        <source>Consent withdrawn %1.</source>
        <translation>Consentement retiré le %1.</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>Consentement retiré.</translation>
    </message>
    <message>
        <source>Nothing more can be recorded from this interview; what depended on the consent was withdrawn with it.</source>
        <translation>Plus rien ne peut être consigné à partir de cet entretien ; ce qui dépendait du consentement a été retiré avec lui.</translation>
    </message>
    <message>
        <source>Withdraw this person's consent?</source>
        <translation>Retirer le consentement de cette personne ?</translation>
    </message>
    <message>
        <source>The notes become read-only, nothing more can be recorded from this interview, identity entries are deleted and consent to act on allegations is removed. This cannot be undone.</source>
        <translation>Les notes passent en lecture seule, plus rien ne peut être consigné à partir de cet entretien, les fiches d'identité sont supprimées et le consentement à donner suite aux allégations est retiré. Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>vigil::Database</name>
    <message>
        <source>The disk is full. Free some space; the last change was not saved and nothing else was lost.</source>
        <translation>Le disque est plein. Libérez de l'espace ; la dernière modification n'a pas été enregistrée, rien d'autre n'a été perdu.</translation>
    </message>
    <message>
        <source>The vault is on storage Vigil may not write to.</source>
        <translation>Le coffre se trouve sur un support où Vigil n'a pas le droit d'écrire.</translation>
    </message>
    <message>
        <source>The vault's database could not be opened.</source>
        <translation>La base de données du coffre n'a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>The vault's database is damaged or has been altered. Restore it from a backup.</source>
        <translation>La base de données du coffre est endommagée ou a été altérée. Restaurez-la à partir d'une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault is in use by another Vigil window or program.</source>
        <translation>Le coffre est utilisé par une autre fenêtre Vigil ou un autre programme.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the record.</source>
        <translation>La modification enfreint une règle du dossier.</translation>
    </message>
    <message>
        <source>Vigil ran out of memory.</source>
        <translation>Vigil manque de mémoire.</translation>
    </message>
    <message>
        <source>Reading or writing the vault failed.</source>
        <translation>La lecture ou l'écriture du coffre a échoué.</translation>
    </message>
    <message>
        <source>The vault's database reported an error.</source>
        <translation>La base de données du coffre a signalé une erreur.</translation>
    </message>
</context>
<context>
    <name>vigil::DemoVault</name>
    <message>
        <source>The old demo vault at %1 could not be removed.</source>
        <translation>L'ancien coffre de démonstration situé à %1 n'a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>%1 holds a vault that is not a demo vault; it is left as it is.</source>
        <translation>%1 contient un coffre qui n'est pas un coffre de démonstration ; il est laissé tel quel.</translation>
    </message>
    <message>
        <source>Demo — National Preventive Mechanism of Westland (fictional)</source>
        <translation>Démo — Mécanisme national de prévention du Westland (fictif)</translation>
    </message>
</context>
<context>
    <name>vigil::DetailFrame</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation>Retour à la page précédente (%1)</translation>
    </message>
</context>
<context>
    <name>vigil::ErrorLabel</name>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Vigil</source>
        <translation>Vigil</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not kept. Free some space and try again.</source>
        <translation>Le disque est plein ; la modification n'a donc pas été conservée. Libérez de l'espace et réessayez.</translation>
    </message>
    <message>
        <source>The vault's storage cannot be written, so the change was not kept. Check the drive and its permissions.</source>
        <translation>Le support du coffre n'est pas accessible en écriture ; la modification n'a donc pas été conservée. Vérifiez le lecteur et ses autorisations.</translation>
    </message>
    <message>
        <source>The vault may be damaged. Lock it, make a copy of the vault folder and check it before making further changes.</source>
        <translation>Le coffre est peut-être endommagé. Verrouillez-le, faites une copie du dossier du coffre et vérifiez-la avant toute autre modification.</translation>
    </message>
</context>
<context>
    <name>vigil::EvidenceLinksWidget</name>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <source>Re&amp;move link</source>
        <translation>&amp;Retirer le lien</translation>
    </message>
    <message>
        <source>Evidence of the finding</source>
        <translation>Preuves à l'appui du constat</translation>
    </message>
    <message>
        <source>Evidence to link</source>
        <translation>Preuve à lier</translation>
    </message>
    <message>
        <source>Link the chosen evidence to the finding</source>
        <translation>Lier la preuve choisie au constat</translation>
    </message>
    <message>
        <source>Remove the selected evidence from the finding</source>
        <translation>Retirer la preuve sélectionnée du constat</translation>
    </message>
    <message>
        <source>(deleted since)</source>
        <translation>(supprimé depuis)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Evidence of a finding: its kind, then its title</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation>Lier une preuve</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Retirer une preuve</translation>
    </message>
</context>
<context>
    <name>vigil::EvidenceLookup</name>
    <message>
        <source>Interview %1</source>
        <translation>Entretien %1</translation>
    </message>
    <message>
        <source>Register check: %1</source>
        <translation>Contrôle de registre : %1</translation>
    </message>
    <message>
        <source>Register check: %1, %2 to %3</source>
        <translation>Contrôle de registre : %1, du %2 au %3</translation>
    </message>
    <message>
        <source>Access %1: %2</source>
        <translation>Incident d'accès (%1) : %2</translation>
    </message>
    <message>
        <source>Checklist question %1</source>
        <translation>Question %1 de la liste de contrôle</translation>
    </message>
    <message>
        <source>Checklist question %1: %2</source>
        <translation>Question %1 de la liste de contrôle : %2</translation>
    </message>
    <message>
        <source>finding_evidence.evidence_id: there is no %1 with this id</source>
        <translation>finding_evidence.evidence_id : aucun élément de type %1 ne porte cet identifiant</translation>
    </message>
    <message>
        <source>finding_evidence.evidence_kind: '%1' is not a kind of evidence</source>
        <translation>finding_evidence.evidence_kind : « %1 » n'est pas un type de preuve</translation>
    </message>
</context>
<context>
    <name>vigil::FilteredTableView</name>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtrer %1</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Sélectionner toutes les lignes</translation>
    </message>
</context>
<context>
    <name>vigil::FindingEditor</name>
    <message>
        <source>Finding title</source>
        <translation>Titre du constat</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation>Sous-catégorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Standards cited</source>
        <translation>Normes citées</translation>
    </message>
    <message>
        <source>&amp;Good practice</source>
        <translation>&amp;Bonne pratique</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Bonne pratique</translation>
    </message>
    <message>
        <source>Corroborating sources</source>
        <translation>Sources concordantes</translation>
    </message>
    <message>
        <source>e.g. Mandela Rules 43-45</source>
        <translation>p. ex. règles Nelson Mandela 43 à 45</translation>
    </message>
    <message>
        <source>Leave at the lowest value to count the linked interviews, observations and register checks.</source>
        <translation>Laissez la valeur minimale pour compter les entretiens, observations et contrôles de registre liés.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>S&amp;ub-category:</source>
        <translation>Sous-catég&amp;orie :</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>&amp;Facts:</source>
        <translation>&amp;Faits :</translation>
    </message>
    <message>
        <source>&amp;Analysis:</source>
        <translation>&amp;Analyse :</translation>
    </message>
    <message>
        <source>Sta&amp;ndards:</source>
        <translation>&amp;Normes :</translation>
    </message>
    <message>
        <source>Sou&amp;rces:</source>
        <translation>&amp;Sources :</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>&amp;Preuves :</translation>
    </message>
    <message>
        <source>finding title</source>
        <translation>le titre du constat</translation>
    </message>
    <message>
        <source>sub-category</source>
        <translation>la sous-catégorie</translation>
    </message>
    <message>
        <source>facts</source>
        <translation>les faits</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>l'analyse</translation>
    </message>
    <message>
        <source>standards</source>
        <translation>les normes</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>les sources</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>Modifier la catégorie</translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation>Modifier la gravité</translation>
    </message>
    <message>
        <source>Change good practice</source>
        <translation>Modifier la bonne pratique</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <extracomment>Shown for corroborating sources not set by hand: the number counted from the evidence</extracomment>
        <translation>Décompte : %1</translation>
    </message>
</context>
<context>
    <name>vigil::FindingRepository</name>
    <message>
        <source>finding.sources: must be at least 1 (leave it empty to count the linked evidence)</source>
        <translation>finding.sources : doit être au moins 1 (laissez vide pour compter les preuves liées)</translation>
    </message>
    <message>
        <source>The finding does not exist or was deleted.</source>
        <translation>Le constat n'existe pas ou a été supprimé.</translation>
    </message>
    <message>
        <source>finding_evidence.finding_id: refers to a finding that does not exist or was deleted</source>
        <translation>finding_evidence.finding_id : renvoie à un constat qui n'existe pas ou a été supprimé</translation>
    </message>
    <message>
        <source>finding_evidence.evidence_id: the %1 was deleted</source>
        <translation>finding_evidence.evidence_id : l'élément de type %1 a été supprimé</translation>
    </message>
    <message>
        <source>finding_evidence.evidence_id: the %1 was recorded on another visit than the finding</source>
        <translation>finding_evidence.evidence_id : l'élément de type %1 a été consigné lors d'une autre visite que le constat</translation>
    </message>
    <message>
        <source>This evidence is not linked to the finding.</source>
        <translation>Cette preuve n'est pas liée au constat.</translation>
    </message>
</context>
<context>
    <name>vigil::FindingsPanel</name>
    <message>
        <source>&amp;Delete finding</source>
        <translation>&amp;Supprimer le constat</translation>
    </message>
    <message>
        <source>&amp;New finding</source>
        <translation>&amp;Nouveau constat</translation>
    </message>
    <message>
        <source>Add a finding in the selected category</source>
        <translation>Ajouter un constat dans la catégorie sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected finding</source>
        <translation>Supprimer le constat sélectionné</translation>
    </message>
    <message>
        <source>Findings by category</source>
        <translation>Constats par catégorie</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Nouveau constat</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Ajouter un constat</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>Supprimer le constat</translation>
    </message>
    <message>
        <source>Untitled finding</source>
        <translation>Constat sans titre</translation>
    </message>
    <message>
        <source>%1 [%2]%3</source>
        <extracomment>A finding in the tree: title and severity; "good practice" marked</extracomment>
        <translation>%1 [%2]%3</translation>
    </message>
    <message>
        <source> ✓ good practice</source>
        <translation> ✓ bonne pratique</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>vigil::IdentityDialog</name>
    <message>
        <source>Identity behind %1</source>
        <translation>Identité correspondant à %1</translation>
    </message>
    <message>
        <source>Names and ID numbers are kept sealed. Enter the vault passphrase again to see them: they are shown only while this window is open, and the reading is recorded in the audit log.</source>
        <translation>Les noms et numéros d'identification sont conservés sous scellé. Saisissez de nouveau la phrase secrète du coffre pour les voir : ils ne sont affichés que tant que cette fenêtre est ouverte, et la consultation est inscrite au journal d'audit.</translation>
    </message>
    <message>
        <source>See the identity</source>
        <translation>Voir l'identité</translation>
    </message>
    <message>
        <source>Identity entry</source>
        <translation>Fiche d'identité</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Fiche :</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Phrase secrète du coffre</translation>
    </message>
    <message>
        <source>&amp;Show identity</source>
        <translation>&amp;Afficher l'identité</translation>
    </message>
    <message>
        <source>Show identity</source>
        <translation>Afficher l'identité</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>Identity (hidden again when this window closes)</source>
        <translation>Identité (masquée de nouveau à la fermeture de cette fenêtre)</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>Nom réel</translation>
    </message>
    <message>
        <source>ID, prison or cell number</source>
        <translation>Numéro d'identification, d'écrou ou de cellule</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Autres informations</translation>
    </message>
    <message>
        <source>Real name:</source>
        <translation>Nom réel :</translation>
    </message>
    <message>
        <source>ID, prison or cell number:</source>
        <translation>N° d'identification, d'écrou ou de cellule :</translation>
    </message>
    <message>
        <source>Other details:</source>
        <translation>Autres informations :</translation>
    </message>
    <message>
        <source>Record an identity</source>
        <translation>Consigner une identité</translation>
    </message>
    <message>
        <source>Only when the person consented to the use of their name or to the referral of their case.</source>
        <translation>Uniquement si la personne a consenti à l'utilisation de son nom ou à la transmission de son cas.</translation>
    </message>
    <message>
        <source>Real name to record</source>
        <translation>Nom réel à consigner</translation>
    </message>
    <message>
        <source>ID, prison or cell number to record</source>
        <translation>Numéro d'identification, d'écrou ou de cellule à consigner</translation>
    </message>
    <message>
        <source>Other details to record</source>
        <translation>Autres informations à consigner</translation>
    </message>
    <message>
        <source>Seal and &amp;record</source>
        <translation>Sceller et &amp;consigner</translation>
    </message>
    <message>
        <source>Seal and record the identity</source>
        <translation>Sceller et consigner l'identité</translation>
    </message>
    <message>
        <source>Close and hide the identity</source>
        <translation>Fermer et masquer l'identité</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Consignée le %1</translation>
    </message>
    <message>
        <source>No identity is recorded for this interview</source>
        <translation>Aucune identité n'est consignée pour cet entretien</translation>
    </message>
    <message>
        <source>Enter the vault passphrase.</source>
        <translation>Saisissez la phrase secrète du coffre.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Vérification de la phrase secrète…</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Nothing was shown.</source>
        <translation>La phrase secrète est incorrecte. Rien n'a été affiché.</translation>
    </message>
    <message>
        <source>Enter a name or an ID number to record.</source>
        <translation>Saisissez un nom ou un numéro d'identification à consigner.</translation>
    </message>
</context>
<context>
    <name>vigil::IdentityRepository</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>The identity entry is damaged or was tampered with.</source>
        <translation>La fiche d'identité est endommagée ou a été altérée.</translation>
    </message>
    <message>
        <source>The identity entry could not be encrypted.</source>
        <translation>La fiche d'identité n'a pas pu être chiffrée.</translation>
    </message>
    <message>
        <source>The identity entry is empty.</source>
        <translation>La fiche d'identité est vide.</translation>
    </message>
    <message>
        <source>The identity entry does not exist or was deleted.</source>
        <translation>La fiche d'identité n'existe pas ou a été supprimée.</translation>
    </message>
</context>
<context>
    <name>vigil::InactiveShield</name>
    <message>
        <source>Content hidden while Vigil is in the background</source>
        <translation>Contenu masqué tant que Vigil est en arrière-plan</translation>
    </message>
    <message>
        <source>Hidden while Vigil is in the background</source>
        <translation>Masqué tant que Vigil est en arrière-plan</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewCommands</name>
    <message>
        <source>New interview</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>Edit interview notes</source>
        <translation>Modifier les notes d'entretien</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewDetailsForm</name>
    <message>
        <source>Yes, no one else could hear</source>
        <translation>Oui, personne d'autre ne pouvait entendre</translation>
    </message>
    <message>
        <source>Held without witnesses</source>
        <translation>Entretien mené sans témoins</translation>
    </message>
    <message>
        <source>No, others were present</source>
        <translation>Non, d'autres personnes étaient présentes</translation>
    </message>
    <message>
        <source>Others were present</source>
        <translation>D'autres personnes étaient présentes</translation>
    </message>
    <message>
        <source>Without witnesses:</source>
        <translation>Sans témoins :</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unité :</translation>
    </message>
    <message>
        <source>Where in the place</source>
        <translation>Endroit dans le lieu visité</translation>
    </message>
    <message>
        <source>For example: the library, out of sight of staff</source>
        <translation>Par exemple : la bibliothèque, hors de la vue du personnel</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Endroit :</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>Interprète :</translation>
    </message>
    <message>
        <source>Who chose the person</source>
        <translation>Qui a choisi la personne</translation>
    </message>
    <message>
        <source>Chosen by:</source>
        <translation>Choisie par :</translation>
    </message>
    <message>
        <source>Risk of reprisal</source>
        <translation>Risque de représailles</translation>
    </message>
    <message>
        <source>Ask whether the person fears consequences.</source>
        <translation>Demandez à la personne si elle craint des conséquences.</translation>
    </message>
    <message>
        <source>Reprisal risk:</source>
        <translation>Risque de représailles :</translation>
    </message>
    <message>
        <source>Check on them at the next visit</source>
        <translation>Prendre de ses nouvelles à la prochaine visite</translation>
    </message>
    <message>
        <source>Follow up at the next visit</source>
        <translation>Assurer un suivi à la prochaine visite</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Suivi :</translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status: only with consent, and only when needed.</source>
        <translation>Handicap, statut LGBTI, appartenance à une minorité ou à un peuple autochtone : uniquement avec le consentement de la personne, et seulement si nécessaire.</translation>
    </message>
    <message>
        <source>Vulnerabilities:</source>
        <translation>Vulnérabilités :</translation>
    </message>
    <message>
        <source>Interviewer the person asked for</source>
        <translation>Intervenant souhaité par la personne</translation>
    </message>
    <message>
        <source>No preference stated</source>
        <translation>Aucune préférence exprimée</translation>
    </message>
    <message>
        <source>Asked to be heard by:</source>
        <translation>Souhaite être entendue par :</translation>
    </message>
    <message>
        <source>Topics, separated by commas</source>
        <translation>Thèmes, séparés par des virgules</translation>
    </message>
    <message>
        <source>For example: use of force, health care, family contact</source>
        <translation>Par exemple : usage de la force, soins de santé, contacts familiaux</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Thèmes :</translation>
    </message>
    <message>
        <source>Edit interview location</source>
        <translation>Modifier l'endroit de l'entretien</translation>
    </message>
    <message>
        <source>Edit interview topics</source>
        <translation>Modifier les thèmes de l'entretien</translation>
    </message>
    <message>
        <source>Change interview unit</source>
        <translation>Modifier l'unité de l'entretien</translation>
    </message>
    <message>
        <source>Change interpreter</source>
        <translation>Modifier l'interprète</translation>
    </message>
    <message>
        <source>Change who chose the interviewee</source>
        <translation>Modifier qui a choisi la personne entendue</translation>
    </message>
    <message>
        <source>Change reprisal risk</source>
        <translation>Modifier le risque de représailles</translation>
    </message>
    <message>
        <source>Change follow-up</source>
        <translation>Modifier le suivi</translation>
    </message>
    <message>
        <source>Change requested interviewer</source>
        <translation>Modifier l'intervenant souhaité</translation>
    </message>
    <message>
        <source>No particular unit</source>
        <translation>Aucune unité particulière</translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status: only when needed.</source>
        <translation>Handicap, statut LGBTI, appartenance à une minorité ou à un peuple autochtone : seulement si nécessaire.</translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status can be recorded once consent is recorded, and only when needed.</source>
        <translation>Le handicap, le statut LGBTI, l'appartenance à une minorité ou à un peuple autochtone peuvent être consignés une fois le consentement consigné, et seulement si nécessaire.</translation>
    </message>
    <message>
        <source>Change vulnerabilities</source>
        <translation>Modifier les vulnérabilités</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewEditor</name>
    <message>
        <source>Select an interview, or start a new one.</source>
        <translation>Sélectionnez un entretien ou commencez-en un nouveau.</translation>
    </message>
    <message>
        <source>&amp;Identity…</source>
        <translation>&amp;Identité…</translation>
    </message>
    <message>
        <source>Real identity (asks for the passphrase)</source>
        <translation>Identité réelle (demande la phrase secrète)</translation>
    </message>
    <message>
        <source>Names and ID numbers are sealed; seeing them asks for the passphrase again.</source>
        <translation>Les noms et numéros d'identification sont sous scellé ; pour les voir, la phrase secrète est de nouveau demandée.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation>Notes d'entretien</translation>
    </message>
    <message>
        <source>The interview</source>
        <translation>L'entretien</translation>
    </message>
    <message>
        <source>Pseudonym %1</source>
        <translation>Pseudonyme %1</translation>
    </message>
    <message>
        <source>Notes open once consent is recorded above: nothing the person says is written down before they have agreed how it may be used.</source>
        <translation>Les notes s'ouvrent une fois le consentement consigné ci-dessus : rien de ce que dit la personne n'est écrit avant qu'elle ait accepté la manière dont ses propos pourront être utilisés.</translation>
    </message>
    <message>
        <source>Record consent first.</source>
        <translation>Consignez d'abord le consentement.</translation>
    </message>
    <message>
        <source>Write what the person said, in their words where possible. Saved as you type.</source>
        <translation>Notez ce que la personne a dit, si possible avec ses propres mots. Enregistrement au fil de la saisie.</translation>
    </message>
    <message>
        <source>The person withdrew consent: the notes are read-only and nothing more can be added.</source>
        <translation>La personne a retiré son consentement : les notes sont en lecture seule et plus rien ne peut être ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>%n safeguard warning(s) on this interview, shown next to the fields they concern.</source>
        <translation>
            <numerusform>%n alerte de protection sur cet entretien, affichée à côté du champ concerné.</numerusform>
            <numerusform>%n alertes de protection sur cet entretien, affichées à côté des champs concernés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::InterviewLabels</name>
    <message>
        <source>Individual, in private</source>
        <translation>Individuel, en privé</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Collectif</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>External (family, lawyer, NGO)</source>
        <translation>Externe (famille, avocat, ONG)</translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation>Pas d'interprète</translation>
    </message>
    <message>
        <source>Professional interpreter</source>
        <translation>Interprète professionnel</translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>Fellow detainee</source>
        <translation>Codétenu</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>L'équipe</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Le personnel</translation>
    </message>
    <message>
        <source>The person asked to be heard</source>
        <translation>La personne a demandé à être entendue</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Older person</source>
        <translation>Personne âgée</translation>
    </message>
    <message>
        <source>Foreign national</source>
        <translation>Ressortissant étranger</translation>
    </message>
    <message>
        <source>Person with a disability</source>
        <translation>Personne handicapée</translation>
    </message>
    <message>
        <source>LGBTI person</source>
        <translation>Personne LGBTI</translation>
    </message>
    <message>
        <source>Minority</source>
        <translation>Minorité</translation>
    </message>
    <message>
        <source>Indigenous person</source>
        <translation>Personne autochtone</translation>
    </message>
    <message>
        <source>A woman</source>
        <translation>Une femme</translation>
    </message>
    <message>
        <source>A man</source>
        <translation>Un homme</translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation>Une personne d'un autre genre</translation>
    </message>
    <message>
        <source>A child</source>
        <translation>Un enfant</translation>
    </message>
    <message>
        <source>A person with an intellectual disability</source>
        <translation>Une personne présentant un handicap intellectuel</translation>
    </message>
    <message>
        <source>A person with a psychosocial disability</source>
        <translation>Une personne présentant un handicap psychosocial</translation>
    </message>
    <message>
        <source>Aggregate use only</source>
        <translation>Usage agrégé uniquement</translation>
    </message>
    <message>
        <source>Quote anonymously</source>
        <translation>Citer anonymement</translation>
    </message>
    <message>
        <source>Use the name</source>
        <translation>Utiliser le nom</translation>
    </message>
    <message>
        <source>Share with the authorities</source>
        <translation>Communiquer aux autorités</translation>
    </message>
    <message>
        <source>Refer the case</source>
        <translation>Transmettre le cas</translation>
    </message>
    <message>
        <source>Always given: what was said counts in anonymous totals, never traceable to the person.</source>
        <translation>Toujours accordé : les propos sont comptés dans des totaux anonymes, sans jamais pouvoir être rattachés à la personne.</translation>
    </message>
    <message>
        <source>Their words may be quoted in a report without anything that identifies them.</source>
        <translation>Ses propos peuvent être cités dans un rapport, sans aucun élément permettant de l'identifier.</translation>
    </message>
    <message>
        <source>Their name may be recorded and used, for example in a report or a letter.</source>
        <translation>Son nom peut être consigné et utilisé, par exemple dans un rapport ou un courrier.</translation>
    </message>
    <message>
        <source>Their account may be passed to the authorities responsible for the place.</source>
        <translation>Son récit peut être communiqué aux autorités responsables du lieu.</translation>
    </message>
    <message>
        <source>Their individual case may be referred to a body that can act on it.</source>
        <translation>Son cas individuel peut être transmis à un organe en mesure d'y donner suite.</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewListModel</name>
    <message>
        <source>Not yet recorded</source>
        <translation>Pas encore consigné</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Reprisal risk</source>
        <translation>Risque de représailles</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewRepository</name>
    <message>
        <source>Record whether the interview was held without witnesses (OPCAT Art. 20).</source>
        <translation>Indiquez si l'entretien a été mené sans témoins (OPCAT, art. 20).</translation>
    </message>
    <message>
        <source>The unit does not belong to the place being visited.</source>
        <translation>L'unité n'appartient pas au lieu visité.</translation>
    </message>
    <message>
        <source>The interview does not exist or was deleted.</source>
        <translation>L'entretien n'existe pas ou a été supprimé.</translation>
    </message>
    <message>
        <source>No consent was recorded for this interview, so none can be withdrawn.</source>
        <translation>Aucun consentement n'a été consigné pour cet entretien ; il ne peut donc pas être retiré.</translation>
    </message>
    <message>
        <source>Consent was already withdrawn.</source>
        <translation>Le consentement a déjà été retiré.</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewWarnings</name>
    <message>
        <source>The interview does not exist or was deleted.</source>
        <translation>L'entretien n'existe pas ou a été supprimé.</translation>
    </message>
    <message>
        <source>A member of staff interpreted: the person may not have spoken freely, and staff may know what was said.</source>
        <translation>Un membre du personnel a servi d'interprète : la personne n'a peut-être pas parlé librement, et le personnel peut connaître ses propos.</translation>
    </message>
    <message>
        <source>A fellow detainee interpreted: confidentiality depends on them, and both may be exposed to pressure.</source>
        <translation>Un codétenu a servi d'interprète : la confidentialité dépend de lui, et tous deux peuvent être exposés à des pressions.</translation>
    </message>
    <message>
        <source>Staff chose this interviewee: staff know who was heard. Interview people the team chooses as well.</source>
        <translation>Le personnel a choisi cette personne : il sait qui a été entendu. Entendez aussi des personnes choisies par l'équipe.</translation>
    </message>
    <message>
        <source>This private interview was not held without witnesses (OPCAT Art. 20).</source>
        <translation>Cet entretien en privé n'a pas été mené sans témoins (OPCAT, art. 20).</translation>
    </message>
    <message>
        <source>Sensitive topics came up in a group interview, which carries no confidentiality: hear the people concerned in private.</source>
        <translation>Des sujets sensibles ont été abordés lors d'un entretien collectif, qui n'offre aucune confidentialité : entendez en privé les personnes concernées.</translation>
    </message>
    <message>
        <source>The risk of reprisal is high but no follow-up is planned: check on this person at the next visit.</source>
        <translation>Le risque de représailles est élevé mais aucun suivi n'est prévu : prenez des nouvelles de cette personne à la prochaine visite.</translation>
    </message>
    <message>
        <source>Only one person was interviewed in private in %1: staff can tell who spoke. Interview others in the unit as well.</source>
        <translation>Une seule personne a été entendue en privé dans %1 : le personnel peut savoir qui a parlé. Entendez aussi d'autres personnes de l'unité.</translation>
    </message>
    <message>
        <source>All interviewees in %1 were chosen by staff.</source>
        <translation>Toutes les personnes entendues dans %1 ont été choisies par le personnel.</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewsPanel</name>
    <message>
        <source>&amp;New interview…</source>
        <translation>&amp;Nouvel entretien…</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>Interviews of this visit</source>
        <translation>Entretiens de cette visite</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n private interview(s)</source>
        <translation>
            <numerusform>%1 : %n entretien en privé</numerusform>
            <numerusform>%1 : %n entretiens en privé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n group interview(s)</source>
        <translation>
            <numerusform>, %n entretien collectif</numerusform>
            <numerusform>, %n entretiens collectifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no unit: %n private interview(s)</source>
        <translation>
            <numerusform>sans unité : %n entretien en privé</numerusform>
            <numerusform>sans unité : %n entretiens en privé</numerusform>
        </translation>
    </message>
    <message>
        <source>Interview coverage: the place has no units recorded.</source>
        <translation>Couverture des entretiens : aucune unité n'est consignée pour ce lieu.</translation>
    </message>
    <message>
        <source>Interview coverage by unit — %1</source>
        <translation>Couverture des entretiens par unité — %1</translation>
    </message>
</context>
<context>
    <name>vigil::IoError</name>
    <message>
        <source>The disk holding %1 is full. Free some space and try again; nothing was changed.</source>
        <translation>Le disque contenant %1 est plein. Libérez de l'espace et réessayez ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Vigil may not write to %1. Check that the drive is not read-only and that you own the folder.</source>
        <translation>Vigil n'a pas le droit d'écrire dans %1. Vérifiez que le lecteur n'est pas en lecture seule et que le dossier vous appartient.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n'existe pas.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed.</source>
        <translation>La lecture ou l'écriture de %1 a échoué.</translation>
    </message>
</context>
<context>
    <name>vigil::Kdf</name>
    <message>
        <source>The key file asks for unsupported key-derivation settings.</source>
        <translation>Le fichier de clé demande des paramètres de dérivation de clé non pris en charge.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the vault key. Close other programs and try again.</source>
        <translation>Mémoire insuffisante pour dériver la clé du coffre. Fermez d'autres programmes et réessayez.</translation>
    </message>
</context>
<context>
    <name>vigil::KeyEnvelope</name>
    <message>
        <source>The vault's key file is damaged or has been altered. Restore it from a backup.</source>
        <translation>Le fichier de clé du coffre est endommagé ou a été altéré. Restaurez-le à partir d'une sauvegarde.</translation>
    </message>
    <message>
        <source>Encrypting the vault key failed.</source>
        <translation>Le chiffrement de la clé du coffre a échoué.</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>La phrase secrète est incorrecte.</translation>
    </message>
    <message>
        <source>The recovery key does not open this vault.</source>
        <translation>La clé de récupération n'ouvre pas ce coffre.</translation>
    </message>
    <message>
        <source>This vault was created by a newer version of Vigil. Update Vigil to open it.</source>
        <translation>Ce coffre a été créé par une version plus récente de Vigil. Mettez Vigil à jour pour l'ouvrir.</translation>
    </message>
</context>
<context>
    <name>vigil::LockScreen</name>
    <message>
        <source>e.g. Northern region visits</source>
        <translation>p. ex. Visites région Nord</translation>
    </message>
    <message>
        <source>Vault name</source>
        <translation>Nom du coffre</translation>
    </message>
    <message>
        <source>Vault &amp;name (optional)</source>
        <translation>&amp;Nom du coffre (facultatif)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Confirmer la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;Confirmer la phrase secrète</translation>
    </message>
    <message>
        <source>Deriving the keys… this takes a moment.</source>
        <translation>Dérivation des clés… cela prend un instant.</translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation>Créer un coffre</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Déverrouiller le coffre</translation>
    </message>
    <message>
        <source>Everything you record is encrypted with this passphrase.</source>
        <translation>Tout ce que vous consignez est chiffré avec cette phrase secrète.</translation>
    </message>
    <message>
        <source>Enter the passphrase to open the vault.</source>
        <translation>Saisissez la phrase secrète pour ouvrir le coffre.</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Emplacement : %1</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>C&amp;réer le coffre</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message>
        <source>This passphrase is too weak. Use a longer one, for example several unrelated words.</source>
        <translation>Cette phrase secrète est trop faible. Choisissez-en une plus longue, par exemple plusieurs mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>The two passphrases do not match. Type it again.</source>
        <translation>Les deux phrases secrètes ne correspondent pas. Saisissez-la de nouveau.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
</context>
<context>
    <name>vigil::MainWindow</name>
    <message>
        <source>Time until the vault locks</source>
        <translation>Temps restant avant le verrouillage du coffre</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Coffre</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Close the vault and wipe its keys from memory</source>
        <translation>Fermer le coffre et effacer ses clés de la mémoire</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Vigil</source>
        <translation>À &amp;propos de Vigil</translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation>Menu principal</translation>
    </message>
    <message>
        <source>Locks in %1</source>
        <translation>Verrouillage dans %1</translation>
    </message>
    <message>
        <source>About Vigil</source>
        <translation>À propos de Vigil</translation>
    </message>
    <message>
        <source>Vigil %1</source>
        <translation>Vigil %1</translation>
    </message>
    <message>
        <source>Offline-first, encrypted records for monitoring places of detention (OPCAT).

Built with Qt %1, running on Qt %2.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Dossiers chiffrés, conçus pour fonctionner hors ligne, pour le contrôle des lieux de privation de liberté (OPCAT).

Compilé avec Qt %1, exécuté avec Qt %2.
Sous licence GNU GPL, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;New place…</source>
        <translation>&amp;Nouveau lieu…</translation>
    </message>
    <message>
        <source>Add a place of detention to visit</source>
        <translation>Ajouter un lieu de privation de liberté à visiter</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
</context>
<context>
    <name>vigil::Migrations</name>
    <message>
        <source>This vault was written by a newer version of Vigil. Update Vigil to open it.</source>
        <translation>Ce coffre a été écrit par une version plus récente de Vigil. Mettez Vigil à jour pour l'ouvrir.</translation>
    </message>
</context>
<context>
    <name>vigil::Navigator</name>
    <message>
        <source>Open vault</source>
        <translation>Coffre ouvert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Sync inbox</source>
        <translation>Réception de synchronisation</translation>
    </message>
</context>
<context>
    <name>vigil::NewInterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>Vigil gives the person a pseudonym. Record consent next, before any notes.</source>
        <translation>Vigil attribue un pseudonyme à la personne. Consignez ensuite le consentement, avant toute note.</translation>
    </message>
    <message>
        <source>Kind of interview</source>
        <translation>Type d'entretien</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Yes, no one else could hear</source>
        <translation>Oui, personne d'autre ne pouvait entendre</translation>
    </message>
    <message>
        <source>Held without witnesses</source>
        <translation>Entretien mené sans témoins</translation>
    </message>
    <message>
        <source>No, others were present</source>
        <translation>Non, d'autres personnes étaient présentes</translation>
    </message>
    <message>
        <source>Others were present</source>
        <translation>D'autres personnes étaient présentes</translation>
    </message>
    <message>
        <source>Without witnesses:</source>
        <translation>Sans témoins :</translation>
    </message>
    <message>
        <source>Who chose the person</source>
        <translation>Qui a choisi la personne</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Chosen by:</source>
        <translation>Choisie par :</translation>
    </message>
    <message>
        <source>Risk of reprisal</source>
        <translation>Risque de représailles</translation>
    </message>
    <message>
        <source>Ask whether the person fears consequences.</source>
        <translation>Demandez à la personne si elle craint des conséquences.</translation>
    </message>
    <message>
        <source>Reprisal risk:</source>
        <translation>Risque de représailles :</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>No particular unit</source>
        <translation>Aucune unité particulière</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unité :</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>Commencer l'entretien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>vigil::NewVisitCommand</name>
    <message>
        <source>New visit to %1</source>
        <translation>Nouvelle visite : %1</translation>
    </message>
</context>
<context>
    <name>vigil::ObservationEditor</name>
    <message>
        <source>Kind of observation</source>
        <translation>Type d'observation</translation>
    </message>
    <message>
        <source>Unit where it was observed</source>
        <translation>Unité où l'observation a été faite</translation>
    </message>
    <message>
        <source>When it was observed</source>
        <translation>Moment de l'observation</translation>
    </message>
    <message>
        <source>Time not recorded</source>
        <translation>Heure non consignée</translation>
    </message>
    <message>
        <source>Observation title</source>
        <translation>Titre de l'observation</translation>
    </message>
    <message>
        <source>What was observed, in a few words</source>
        <translation>Ce qui a été observé, en quelques mots</translation>
    </message>
    <message>
        <source>Observation notes</source>
        <translation>Notes d'observation</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Heure :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>observation time</source>
        <translation>l'heure de l'observation</translation>
    </message>
    <message>
        <source>observation title</source>
        <translation>le titre de l'observation</translation>
    </message>
    <message>
        <source>observation notes</source>
        <translation>les notes d'observation</translation>
    </message>
    <message>
        <source>observation kind</source>
        <translation>le type d'observation</translation>
    </message>
    <message>
        <source>observation unit</source>
        <translation>l'unité d'observation</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>No particular unit</source>
        <translation>Aucune unité particulière</translation>
    </message>
</context>
<context>
    <name>vigil::ObservationRepository</name>
    <message>
        <source>observation.unit_id: is not a unit of the visited place</source>
        <translation>observation.unit_id : n'est pas une unité du lieu visité</translation>
    </message>
    <message>
        <source>The observation does not exist or was deleted.</source>
        <translation>L'observation n'existe pas ou a été supprimée.</translation>
    </message>
</context>
<context>
    <name>vigil::ObservationsPanel</name>
    <message>
        <source>&amp;Delete observation</source>
        <translation>&amp;Supprimer l'observation</translation>
    </message>
    <message>
        <source>Add &amp;observation</source>
        <translation>Ajouter une &amp;observation</translation>
    </message>
    <message>
        <source>Add an observation</source>
        <translation>Ajouter une observation</translation>
    </message>
    <message>
        <source>Delete the selected observation</source>
        <translation>Supprimer l'observation sélectionnée</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Nouvelle observation</translation>
    </message>
    <message>
        <source>Add observation</source>
        <translation>Ajouter une observation</translation>
    </message>
    <message>
        <source>Delete observation</source>
        <translation>Supprimer l'observation</translation>
    </message>
    <message>
        <source>Untitled observation</source>
        <translation>Observation sans titre</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An observation in the list: its kind, then its title</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>vigil::PassphraseStrength</name>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Robuste</translation>
    </message>
</context>
<context>
    <name>vigil::PersonRepository</name>
    <message>
        <source>The team member does not exist or was deleted.</source>
        <translation>Le membre de l'équipe n'existe pas ou a été supprimé.</translation>
    </message>
</context>
<context>
    <name>vigil::PlaceDetails</name>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Gestionnaire :</translation>
    </message>
    <message>
        <source>Responsible authority:</source>
        <translation>Autorité responsable :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Occupancy:</source>
        <translation>Occupation :</translation>
    </message>
    <message>
        <source>Risk notes:</source>
        <translation>Notes sur les risques :</translation>
    </message>
    <message>
        <source>%1 held for %2 places</source>
        <translation>%1 personnes pour %2 places</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1 %)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1 places; population not recorded</source>
        <translation>%1 places ; effectif non renseigné</translation>
    </message>
    <message>
        <source>Overcrowded: %1</source>
        <translation>Surpopulation : %1</translation>
    </message>
</context>
<context>
    <name>vigil::PlaceEditorDialog</name>
    <message>
        <source>New place</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation>Nom du lieu</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation>Type de lieu</translation>
    </message>
    <message>
        <source>Choose a type…</source>
        <translation>Choisir un type…</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Gestionnaire :</translation>
    </message>
    <message>
        <source>Responsible authority</source>
        <translation>Autorité responsable</translation>
    </message>
    <message>
        <source>Responsible a&amp;uthority:</source>
        <translation>A&amp;utorité responsable :</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>A whole number; leave empty if unknown</source>
        <translation>Un nombre entier ; laissez vide si inconnu</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacité :</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>&amp;Effectif :</translation>
    </message>
    <message>
        <source>Risk notes</source>
        <translation>Notes sur les risques</translation>
    </message>
    <message>
        <source>&amp;Risk notes:</source>
        <translation>Notes sur les &amp;risques :</translation>
    </message>
    <message>
        <source>What the place still needs</source>
        <translation>Ce qu'il manque encore pour le lieu</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Create place</source>
        <translation>Créer le lieu</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter the place's name and choose its type.</source>
        <translation>Saisissez le nom du lieu et choisissez son type.</translation>
    </message>
    <message>
        <source>Enter the place's name.</source>
        <translation>Saisissez le nom du lieu.</translation>
    </message>
    <message>
        <source>Choose the type of place.</source>
        <translation>Choisissez le type de lieu.</translation>
    </message>
    <message>
        <source>Capacity must be a whole number, or empty if unknown.</source>
        <translation>La capacité doit être un nombre entier, ou rester vide si elle est inconnue.</translation>
    </message>
    <message>
        <source>Population must be a whole number, or empty if unknown.</source>
        <translation>L'effectif doit être un nombre entier, ou rester vide s'il est inconnu.</translation>
    </message>
    <message>
        <source>The place could not be saved.</source>
        <translation>Le lieu n'a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>New place %1</source>
        <translation>Nouveau lieu %1</translation>
    </message>
    <message>
        <source>Edit place %1</source>
        <translation>Modifier le lieu %1</translation>
    </message>
</context>
<context>
    <name>vigil::PlaceListModel</name>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>Open recommendations</source>
        <translation>Recommandations en cours</translation>
    </message>
</context>
<context>
    <name>vigil::PlacePage</name>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Sélectionner toutes les lignes</translation>
    </message>
    <message>
        <source>Place sections</source>
        <translation>Sections du lieu</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Visites</translation>
    </message>
    <message>
        <source>Open &amp;recommendations</source>
        <translation>&amp;Recommandations en cours</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Unités</translation>
    </message>
    <message>
        <source>Visit history</source>
        <translation>Historique des visites</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>&amp;Nouvelle visite</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nouvelle visite</translation>
    </message>
    <message>
        <source>Plan a visit to this place; it opens at once</source>
        <translation>Planifier une visite de ce lieu ; elle s'ouvre immédiatement</translation>
    </message>
    <message>
        <source>Open recommendations</source>
        <translation>Recommandations en cours</translation>
    </message>
    <message>
        <source>E&amp;dit place…</source>
        <translation>&amp;Modifier le lieu…</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <source>Change this place's particulars</source>
        <translation>Modifier les informations de ce lieu</translation>
    </message>
    <message>
        <source>&amp;Add unit…</source>
        <translation>&amp;Ajouter une unité…</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Ajouter une unité</translation>
    </message>
    <message>
        <source>Add a unit, wing or ward to this place</source>
        <translation>Ajouter une unité, une aile ou un service à ce lieu</translation>
    </message>
    <message>
        <source>Re&amp;move unit</source>
        <translation>Re&amp;tirer l'unité</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>Retirer l'unité</translation>
    </message>
    <message>
        <source>Remove the selected unit; Undo brings it back</source>
        <translation>Retirer l'unité sélectionnée ; Annuler la rétablit</translation>
    </message>
    <message>
        <source>Remove unit %1</source>
        <translation>Retirer l'unité %1</translation>
    </message>
</context>
<context>
    <name>vigil::PlaceRepository</name>
    <message>
        <source>The place does not exist or was deleted.</source>
        <translation>Le lieu n'existe pas ou a été supprimé.</translation>
    </message>
</context>
<context>
    <name>vigil::PlacesPage</name>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>&amp;New place…</source>
        <translation>&amp;Nouveau lieu…</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <source>Record a place of detention; it opens once created</source>
        <translation>Ajouter un lieu de privation de liberté ; il s'ouvre une fois créé</translation>
    </message>
</context>
<context>
    <name>vigil::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Langue de l'interface</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1 is the system's language in its own name, e.g. "français"</extracomment>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Minutes without use before the vault locks</source>
        <translation>Minutes d'inactivité avant le verrouillage du coffre</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After the number of minutes in the spin box</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Hide the content while another application is active</source>
        <translation>&amp;Masquer le contenu lorsqu'une autre application est active</translation>
    </message>
    <message>
        <source>Hide the content while another application is active</source>
        <translation>Masquer le contenu lorsqu'une autre application est active</translation>
    </message>
    <message>
        <source>Covers the window when you switch away, so its content does not show behind other windows or in the window switcher.</source>
        <translation>Recouvre la fenêtre lorsque vous passez à une autre application, afin que son contenu n'apparaisse ni derrière d'autres fenêtres ni dans le sélecteur de fenêtres.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>&amp;Verrouiller après :</translation>
    </message>
    <message>
        <source>Vigil will speak the chosen language the next time it starts.</source>
        <translation>Vigil utilisera la langue choisie à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>vigil::PseudonymGenerator</name>
    <message>
        <source>This visit has no pseudonym codes left.</source>
        <translation>Cette visite n'a plus de codes pseudonymes disponibles.</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationEditor</name>
    <message>
        <source>Recommendation text</source>
        <translation>Texte de la recommandation</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>Findings the recommendation is argued from</source>
        <translation>Constats sur lesquels repose la recommandation</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numéro :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>&amp;Destinataire :</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Éc&amp;héance :</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Constats :</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>recommendation text</source>
        <translation>le texte de la recommandation</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>l'échéance</translation>
    </message>
    <message>
        <source>addressee</source>
        <translation>le destinataire</translation>
    </message>
    <message>
        <source>level</source>
        <translation>le niveau</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>la priorité</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Untitled finding</source>
        <translation>Constat sans titre</translation>
    </message>
    <message>
        <source>Link finding</source>
        <translation>Lier un constat</translation>
    </message>
    <message>
        <source>Unlink finding</source>
        <translation>Délier le constat</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationLifecycle</name>
    <message>
        <source>recommendation.status: cannot change from %1 to %2</source>
        <translation>recommendation.status : passage impossible de %1 à %2</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: an implementation check needs the later visit that checked it</source>
        <translation>recommendation_event.visit_id : un contrôle de mise en œuvre nécessite la visite ultérieure qui l'a vérifiée</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: a reissue needs the later visit that reissues it</source>
        <translation>recommendation_event.visit_id : une réitération nécessite la visite ultérieure qui la réitère</translation>
    </message>
    <message>
        <source>recommendation_event.evidence: an implementation check needs the evidence it rests on</source>
        <translation>recommendation_event.evidence : un contrôle de mise en œuvre nécessite les preuves sur lesquelles il repose</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: refers to a visit that does not exist or was deleted</source>
        <translation>recommendation_event.visit_id : renvoie à une visite qui n'existe pas ou a été supprimée</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: the visit was to another place</source>
        <translation>recommendation_event.visit_id : la visite portait sur un autre lieu</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: must be a later visit than the one the recommendation was made on</source>
        <translation>recommendation_event.visit_id : doit être une visite postérieure à celle au cours de laquelle la recommandation a été formulée</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationListModel</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationQueries</name>
    <message>
        <source>Say specifically what should change, and how it can be measured.</source>
        <translation>Précisez ce qui doit changer et comment le mesurer.</translation>
    </message>
    <message>
        <source>Name who should act on the recommendation: someone who can act on it.</source>
        <translation>Désignez qui doit donner suite à la recommandation : quelqu'un qui a le pouvoir d'agir.</translation>
    </message>
    <message>
        <source>A systemic recommendation needs an addressee who can change the system: the supervising authority, the ministry or the legislature.</source>
        <translation>Une recommandation systémique nécessite un destinataire capable de changer le système : l'autorité de tutelle, le ministère ou le législateur.</translation>
    </message>
    <message>
        <source>Set a deadline, so that implementation can be checked on a later visit.</source>
        <translation>Fixez une échéance, afin que la mise en œuvre puisse être vérifiée lors d'une visite ultérieure.</translation>
    </message>
    <message>
        <source>Link the findings the recommendation is argued from.</source>
        <translation>Liez les constats sur lesquels repose la recommandation.</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationRepository</name>
    <message>
        <source>The recommendation does not exist or was deleted.</source>
        <translation>La recommandation n'existe pas ou a été supprimée.</translation>
    </message>
    <message>
        <source>The visit does not exist or was deleted.</source>
        <translation>La visite n'existe pas ou a été supprimée.</translation>
    </message>
    <message>
        <source>recommendation.status: a %1 recommendation can no longer be changed</source>
        <translation>recommendation.status : une recommandation au statut %1 ne peut plus être modifiée</translation>
    </message>
    <message>
        <source>recommendation.%1: can only be changed while the recommendation is a draft</source>
        <translation>recommendation.%1 : ne peut être modifié que tant que la recommandation est un brouillon</translation>
    </message>
    <message>
        <source>recommendation.status: only a draft can be deleted; this one is %1 (close it instead)</source>
        <translation>recommendation.status : seul un brouillon peut être supprimé ; celle-ci a le statut %1 (clôturez-la plutôt)</translation>
    </message>
    <message>
        <source>recommendation_finding.finding_id: refers to a finding that does not exist or was deleted</source>
        <translation>recommendation_finding.finding_id : renvoie à un constat qui n'existe pas ou a été supprimé</translation>
    </message>
    <message>
        <source>recommendation_finding.finding_id: the finding was made on another visit than the recommendation</source>
        <translation>recommendation_finding.finding_id : le constat a été établi lors d'une autre visite que la recommandation</translation>
    </message>
    <message>
        <source>The finding is not linked to this recommendation.</source>
        <translation>Le constat n'est pas lié à cette recommandation.</translation>
    </message>
    <message>
        <source>recommendation.repeated_from: refers to a recommendation that does not exist or was deleted</source>
        <translation>recommendation.repeated_from : renvoie à une recommandation qui n'existe pas ou a été supprimée</translation>
    </message>
    <message>
        <source>recommendation.repeated_from: the earlier recommendation was never issued</source>
        <translation>recommendation.repeated_from : la recommandation antérieure n'a jamais été émise</translation>
    </message>
    <message>
        <source>recommendation.repeated_from: the earlier recommendation was made for another place</source>
        <translation>recommendation.repeated_from : la recommandation antérieure concernait un autre lieu</translation>
    </message>
    <message>
        <source>recommendation.repeated_from: must be a recommendation of an earlier visit</source>
        <translation>recommendation.repeated_from : doit être une recommandation d'une visite antérieure</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationsPage</name>
    <message>
        <source>Open recommendations</source>
        <translation>Recommandations en cours</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Any open status</source>
        <translation>Tout statut en cours</translation>
    </message>
    <message>
        <source>Filter by place type</source>
        <translation>Filtrer par type de lieu</translation>
    </message>
    <message>
        <source>Any type of place</source>
        <translation>Tout type de lieu</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Place &amp;type:</source>
        <translation>&amp;Type de lieu :</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationsPanel</name>
    <message>
        <source>&amp;Delete draft</source>
        <translation>&amp;Supprimer le brouillon</translation>
    </message>
    <message>
        <source>&amp;New recommendation</source>
        <translation>&amp;Nouvelle recommandation</translation>
    </message>
    <message>
        <source>Add a recommendation</source>
        <translation>Ajouter une recommandation</translation>
    </message>
    <message>
        <source>Delete the selected draft recommendation</source>
        <translation>Supprimer le brouillon de recommandation sélectionné</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Nouvelle recommandation</translation>
    </message>
    <message>
        <source>Add recommendation</source>
        <translation>Ajouter une recommandation</translation>
    </message>
    <message>
        <source>Delete recommendation</source>
        <translation>Supprimer la recommandation</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(pas encore de texte)</translation>
    </message>
    <message>
        <source>%1. %2 [%3]</source>
        <extracomment>A recommendation in the list: number, start of its text, status</extracomment>
        <translation>%1. %2 [%3]</translation>
    </message>
</context>
<context>
    <name>vigil::RecordSafeguards</name>
    <message>
        <source>The interview does not exist.</source>
        <translation>L'entretien n'existe pas.</translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status can only be recorded once the interviewee's consent is recorded.</source>
        <translation>Le handicap, le statut LGBTI, l'appartenance à une minorité ou à un peuple autochtone ne peuvent être consignés qu'une fois le consentement de la personne entendue consigné.</translation>
    </message>
    <message>
        <source>Interview pseudonyms are generated by Vigil and cannot be chosen.</source>
        <translation>Les pseudonymes d'entretien sont générés par Vigil et ne peuvent pas être choisis.</translation>
    </message>
    <message>
        <source>Consent can only be withdrawn after it was recorded.</source>
        <translation>Le consentement ne peut être retiré qu'après avoir été consigné.</translation>
    </message>
    <message>
        <source>The visit, kind and pseudonym of an interview cannot be changed.</source>
        <translation>La visite, le type et le pseudonyme d'un entretien ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>A withdrawal of consent cannot be undone.</source>
        <translation>Un retrait de consentement ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Consent always includes anonymous, aggregate use.</source>
        <translation>Le consentement inclut toujours l'usage anonyme et agrégé.</translation>
    </message>
    <message>
        <source>A group interview carries no confidentiality: it allows only anonymous, aggregate use and anonymous quotes. Hear the person in a private interview to go further.</source>
        <translation>Un entretien collectif n'offre aucune confidentialité : il ne permet que l'usage anonyme et agrégé et les citations anonymes. Entendez la personne lors d'un entretien en privé pour aller plus loin.</translation>
    </message>
    <message>
        <source>A child's consent must be sought in an adapted way; record how it was adapted.</source>
        <translation>Le consentement d'un enfant doit être recueilli de façon adaptée ; consignez la manière dont il a été adapté.</translation>
    </message>
    <message>
        <source>A consent record cannot be changed: record a new consent or withdraw it.</source>
        <translation>Un consentement consigné ne peut pas être modifié : consignez un nouveau consentement ou retirez-le.</translation>
    </message>
    <message>
        <source>Identity entries are restricted to coordinators.</source>
        <translation>Les fiches d'identité sont réservées aux coordinateurs.</translation>
    </message>
    <message>
        <source>Identity entries must be sealed.</source>
        <translation>Les fiches d'identité doivent être scellées.</translation>
    </message>
    <message>
        <source>A name or ID number can only be recorded when the interviewee consented to the use of their name or to the referral of their case.</source>
        <translation>Un nom ou un numéro d'identification ne peut être consigné que si la personne entendue a consenti à l'utilisation de son nom ou à la transmission de son cas.</translation>
    </message>
    <message>
        <source>An identity entry cannot be changed: delete it and write a new one.</source>
        <translation>Une fiche d'identité ne peut pas être modifiée : supprimez-la et rédigez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Delete the identity entries of this interview first.</source>
        <translation>Supprimez d'abord les fiches d'identité de cet entretien.</translation>
    </message>
    <message>
        <source>A consent record is kept as long as its interview.</source>
        <translation>Un consentement consigné est conservé aussi longtemps que son entretien.</translation>
    </message>
    <message>
        <source>Notes cannot be written before the interviewee's consent is recorded.</source>
        <translation>Aucune note ne peut être prise avant que le consentement de la personne entendue soit consigné.</translation>
    </message>
    <message>
        <source>The interviewee withdrew consent: nothing more can be recorded from this interview.</source>
        <translation>La personne entendue a retiré son consentement : plus rien ne peut être consigné à partir de cet entretien.</translation>
    </message>
    <message>
        <source>Deleted identity entries and consent records cannot be restored.</source>
        <translation>Les fiches d'identité et les consentements supprimés ne peuvent pas être restaurés.</translation>
    </message>
    <message>
        <source>The interview this allegation came from was deleted.</source>
        <translation>L'entretien dont provient cette allégation a été supprimé.</translation>
    </message>
</context>
<context>
    <name>vigil::RecoveryKey</name>
    <message>
        <source>The recovery key contains a character that cannot be part of it. Only letters and digits are used.</source>
        <translation>La clé de récupération contient un caractère qui ne peut pas en faire partie. Seuls des lettres et des chiffres sont utilisés.</translation>
    </message>
    <message>
        <source>A recovery key has %1 groups of %2 characters; this one has %3 characters.</source>
        <translation>Une clé de récupération compte %1 groupes de %2 caractères ; celle-ci compte %3 caractères.</translation>
    </message>
    <message>
        <source>Group %1 of the recovery key is mistyped. Check it against the paper copy.</source>
        <translation>Le groupe %1 de la clé de récupération est mal saisi. Comparez-le à la copie papier.</translation>
    </message>
</context>
<context>
    <name>vigil::RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Write down your recovery key</source>
        <translation>Notez votre clé de récupération</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this key is the only way back into the vault. Write it on paper or print it now, and keep it somewhere safe, away from this computer. It will not be shown again.</source>
        <translation>En cas d'oubli de la phrase secrète, cette clé est le seul moyen de rouvrir le coffre. Notez-la sur papier ou imprimez-la maintenant, et conservez-la en lieu sûr, à l'écart de cet ordinateur. Elle ne sera plus affichée.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Je l'ai notée</translation>
    </message>
    <message>
        <source>I have written the recovery key down</source>
        <translation>J'ai noté la clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Vigil recovery key</source>
        <translation>Clé de récupération Vigil</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Coffre : %1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Imprimée le %1</translation>
    </message>
    <message>
        <source>Anyone holding this key can open the vault. Keep it locked away, apart from the computer. Letters O, I and L may be read as 0, 1 and 1.</source>
        <translation>Toute personne détenant cette clé peut ouvrir le coffre. Conservez-la sous clé, à l'écart de l'ordinateur. Les lettres O, I et L peuvent être lues comme 0, 1 et 1.</translation>
    </message>
</context>
<context>
    <name>vigil::RegisterCheckEditor</name>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Period checked, from</source>
        <translation>Période contrôlée, du</translation>
    </message>
    <message>
        <source>Period checked, to</source>
        <translation>Période contrôlée, au</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Register check notes</source>
        <translation>Notes du contrôle de registre</translation>
    </message>
    <message>
        <source>Anomalies found</source>
        <translation>Anomalies relevées</translation>
    </message>
    <message>
        <source>Anomaly: %1</source>
        <translation>Anomalie : %1</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Registre :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>start of period</source>
        <translation>le début de la période</translation>
    </message>
    <message>
        <source>end of period</source>
        <translation>la fin de la période</translation>
    </message>
    <message>
        <source>register check notes</source>
        <translation>les notes du contrôle de registre</translation>
    </message>
    <message>
        <source>Change register</source>
        <translation>Modifier le registre</translation>
    </message>
    <message>
        <source>Change anomalies</source>
        <translation>Modifier les anomalies</translation>
    </message>
</context>
<context>
    <name>vigil::RegisterCheckRepository</name>
    <message>
        <source>register_check.period_to: the period ends (%1) before it starts (%2)</source>
        <translation>register_check.period_to : la période se termine (%1) avant de commencer (%2)</translation>
    </message>
    <message>
        <source>The register check does not exist or was deleted.</source>
        <translation>Le contrôle de registre n'existe pas ou a été supprimé.</translation>
    </message>
</context>
<context>
    <name>vigil::RegisterChecksPanel</name>
    <message>
        <source>Delete re&amp;gister check</source>
        <translation>Supprimer le contrôle de re&amp;gistre</translation>
    </message>
    <message>
        <source>Add register c&amp;heck</source>
        <translation>A&amp;jouter un contrôle de registre</translation>
    </message>
    <message>
        <source>Add a register check</source>
        <translation>Ajouter un contrôle de registre</translation>
    </message>
    <message>
        <source>Delete the selected register check</source>
        <translation>Supprimer le contrôle de registre sélectionné</translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation>Contrôles de registre</translation>
    </message>
    <message>
        <source>Add register check</source>
        <translation>Ajouter un contrôle de registre</translation>
    </message>
    <message>
        <source>Delete register check</source>
        <translation>Supprimer le contrôle de registre</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <extracomment>A register and the period checked, e.g. "Segregation, 1/3/24 – 31/3/24"</extracomment>
        <translation>%1, %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source> (%n anomalies)</source>
        <translation>
            <numerusform> (%n anomalie)</numerusform>
            <numerusform> (%n anomalies)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::SearchPage</name>
    <message>
        <source>Any date</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Mots recherchés</translation>
    </message>
    <message>
        <source>Words to find in findings, interviews, observations…</source>
        <translation>Mots à rechercher dans les constats, entretiens, observations…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Only this place</source>
        <translation>Ce lieu uniquement</translation>
    </message>
    <message>
        <source>Visits from</source>
        <translation>Visites depuis le</translation>
    </message>
    <message>
        <source>Visits until</source>
        <translation>Visites jusqu'au</translation>
    </message>
    <message>
        <source>Finding category</source>
        <translation>Catégorie de constat</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toute catégorie</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>Inclure : %1</translation>
    </message>
    <message>
        <source>Any place</source>
        <translation>Tout lieu</translation>
    </message>
    <message>
        <source>Type words to search the findings, recommendations, observations, interviews, register checks and access log.</source>
        <translation>Saisissez des mots pour rechercher dans les constats, recommandations, observations, entretiens, contrôles de registre et le journal d'accès.</translation>
    </message>
    <message>
        <source>Choose at least one kind of record to search.</source>
        <translation>Choisissez au moins un type de dossier à rechercher.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n results; add words or filters to narrow them.</source>
        <translation>
            <numerusform>%n premier résultat ; ajoutez des mots ou des filtres pour affiner la recherche.</numerusform>
            <numerusform>Les %n premiers résultats ; ajoutez des mots ou des filtres pour affiner la recherche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n résultat.</numerusform>
            <numerusform>%n résultats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::SearchResultModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Date de la visite</translation>
    </message>
</context>
<context>
    <name>vigil::SearchService</name>
    <message>
        <source>The search could not be run: %1</source>
        <translation>La recherche n'a pas pu être effectuée : %1</translation>
    </message>
</context>
<context>
    <name>vigil::SecretFile</name>
    <message>
        <source>%1 is empty; it must hold the passphrase on its first line.</source>
        <translation>%1 est vide ; il doit contenir la phrase secrète sur sa première ligne.</translation>
    </message>
</context>
<context>
    <name>vigil::SmartHintsWidget</name>
    <message>
        <source>&lt;b&gt;Is it SMART?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Est-elle SMART ?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What exactly should change?</source>
        <translation>Qu'est-ce qui doit changer exactement ?</translation>
    </message>
    <message>
        <source>Who can act on it?</source>
        <translation>Qui peut y donner suite ?</translation>
    </message>
    <message>
        <source>By when?</source>
        <translation>Pour quand ?</translation>
    </message>
    <message>
        <source>Which finding supports it?</source>
        <translation>Quel constat l'étaye ?</translation>
    </message>
    <message>
        <source>✓ Answered</source>
        <translation>✓ Réponse apportée</translation>
    </message>
</context>
<context>
    <name>vigil::StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Force de la phrase secrète</translation>
    </message>
    <message>
        <source>Strength: –</source>
        <translation>Force : –</translation>
    </message>
</context>
<context>
    <name>vigil::SyncInboxPage</name>
    <message>
        <source>Records received from other devices will appear here once synchronisation arrives with the sync feature.</source>
        <translation>Les dossiers reçus d'autres appareils apparaîtront ici lorsque la fonction de synchronisation sera disponible.</translation>
    </message>
    <message>
        <source>Sync inbox</source>
        <translation>Réception de synchronisation</translation>
    </message>
</context>
<context>
    <name>vigil::TeamPanel</name>
    <message>
        <source>&amp;Add to team</source>
        <translation>&amp;Ajouter à l'équipe</translation>
    </message>
    <message>
        <source>&amp;Remove from team</source>
        <translation>&amp;Retirer de l'équipe</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Membres de l'équipe</translation>
    </message>
    <message>
        <source>Person to add</source>
        <translation>Personne à ajouter</translation>
    </message>
    <message>
        <source>Role of the person to add</source>
        <translation>Rôle de la personne à ajouter</translation>
    </message>
    <message>
        <source>Add the person to the team</source>
        <translation>Ajouter la personne à l'équipe</translation>
    </message>
    <message>
        <source>Role of the selected member</source>
        <translation>Rôle du membre sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected member from the team</source>
        <translation>Retirer de l'équipe le membre sélectionné</translation>
    </message>
    <message>
        <source>Role on this &amp;visit:</source>
        <translation>Rôle pour cette &amp;visite :</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A team member: name, then their role on the visit</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No one is on the team yet.</source>
        <translation>L'équipe ne compte encore personne.</translation>
    </message>
    <message>
        <source>The team has no lead.</source>
        <translation>L'équipe n'a pas de responsable.</translation>
    </message>
    <message>
        <source>Add %1 to the team</source>
        <translation>Ajouter %1 à l'équipe</translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation>Retirer de l'équipe</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Modifier le rôle</translation>
    </message>
</context>
<context>
    <name>vigil::TemplateLoader</name>
    <message>
        <source>Checklist template, %1: %2</source>
        <translation>Modèle de liste de contrôle, %1 : %2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>un booléen (true/false)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>une valeur nulle</translation>
    </message>
    <message>
        <source>is not a field of the format (known: %1)</source>
        <translation>n'est pas un champ du format (champs connus : %1)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>doit être du texte, et non %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>dépasse %1 caractères</translation>
    </message>
    <message>
        <source>must be a list of text, not %1</source>
        <translation>doit être une liste de textes, et non %1</translation>
    </message>
    <message>
        <source>has more than %1 entries</source>
        <translation>compte plus de %1 entrées</translation>
    </message>
    <message>
        <source>must be 1 to %1 characters</source>
        <translation>doit compter de 1 à %1 caractères</translation>
    </message>
    <message>
        <source>repeats "%1"</source>
        <translation>répète « %1 »</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>doit être un objet, et non %1</translation>
    </message>
    <message>
        <source>"%1" may hold only letters, digits, '.', '_' and '-'</source>
        <translation>« %1 » ne peut contenir que des lettres, des chiffres, « . », « _ » et « - »</translation>
    </message>
    <message>
        <source>"%1" is used by an earlier question</source>
        <translation>« %1 » est déjà utilisé par une question précédente</translation>
    </message>
    <message>
        <source>"%1" is not one of: %2</source>
        <translation>« %1 » ne fait pas partie de : %2</translation>
    </message>
    <message>
        <source>"%1" is not one of: yes_no, yes_no_partly, number, text, choice</source>
        <translation>« %1 » ne fait pas partie de : yes_no, yes_no_partly, number, text, choice</translation>
    </message>
    <message>
        <source>must list at least two choices when answer is "choice"</source>
        <translation>doit proposer au moins deux choix lorsque answer vaut « choice »</translation>
    </message>
    <message>
        <source>is only allowed when answer is "choice"</source>
        <translation>n'est autorisé que lorsque answer vaut « choice »</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>is larger than %1 KiB</source>
        <translation>dépasse %1 Kio</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON non valide (%1)</translation>
    </message>
    <message>
        <source>must hold one JSON object</source>
        <translation>doit contenir un seul objet JSON</translation>
    </message>
    <message>
        <source>must be "%1"; this file is something else or needs a newer Vigil</source>
        <translation>doit valoir « %1 » ; ce fichier est d'un autre type ou nécessite une version plus récente de Vigil</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000000, not %1</source>
        <translation>doit être un nombre entier de 1 à 1000000, et non %1</translation>
    </message>
    <message>
        <source>"%1" may hold only lowercase letters, digits, '.', '_' and '-'</source>
        <translation>« %1 » ne peut contenir que des lettres minuscules, des chiffres, « . », « _ » et « - »</translation>
    </message>
    <message>
        <source>"%1" is not a language code such as "en" or "zh-CN"</source>
        <translation>« %1 » n'est pas un code de langue tel que « en » ou « zh-CN »</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>doit être une liste, et non %1</translation>
    </message>
    <message>
        <source>must hold 1 to %1 questions, not %2</source>
        <translation>doit contenir de 1 à %1 questions, et non %2</translation>
    </message>
</context>
<context>
    <name>vigil::UnitDialog</name>
    <message>
        <source>Add unit to %1</source>
        <translation>Ajouter une unité à %1</translation>
    </message>
    <message>
        <source>Name of the unit</source>
        <translation>Nom de l'unité</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>Type d'unité</translation>
    </message>
    <message>
        <source>For example: wing, segregation, health</source>
        <translation>Par exemple : aile, isolement, santé</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>A whole number; leave empty if unknown</source>
        <translation>Un nombre entier ; laissez vide si inconnu</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacité :</translation>
    </message>
    <message>
        <source>What the unit still needs</source>
        <translation>Ce qu'il manque encore pour l'unité</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Ajouter l'unité</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter the unit's name.</source>
        <translation>Saisissez le nom de l'unité.</translation>
    </message>
    <message>
        <source>Capacity must be a whole number, or empty if unknown.</source>
        <translation>La capacité doit être un nombre entier, ou rester vide si elle est inconnue.</translation>
    </message>
    <message>
        <source>The unit could not be added.</source>
        <translation>L'unité n'a pas pu être ajoutée.</translation>
    </message>
    <message>
        <source>Add unit %1</source>
        <translation>Ajouter l'unité %1</translation>
    </message>
</context>
<context>
    <name>vigil::Vault</name>
    <message>
        <source>There is no Vigil vault at %1.</source>
        <translation>Il n'y a pas de coffre Vigil à l'emplacement %1.</translation>
    </message>
    <message>
        <source>A vault already exists at %1.</source>
        <translation>Un coffre existe déjà à l'emplacement %1.</translation>
    </message>
    <message>
        <source>%1 is not empty. Choose an empty or new folder for the vault.</source>
        <translation>%1 n'est pas vide. Choisissez un dossier vide ou nouveau pour le coffre.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>La phrase secrète ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>La nouvelle phrase secrète ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The vault's database file is missing. Restore it from a backup.</source>
        <translation>Le fichier de base de données du coffre est absent. Restaurez-le à partir d'une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault's database is empty: the file was truncated or replaced. Restore it from a backup.</source>
        <translation>La base de données du coffre est vide : le fichier a été tronqué ou remplacé. Restaurez-la à partir d'une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>La phrase secrète est incorrecte.</translation>
    </message>
</context>
<context>
    <name>vigil::VisitEvidence</name>
    <message>
        <source>Interview %1</source>
        <translation>Entretien %1</translation>
    </message>
    <message>
        <source>Observation: %1</source>
        <translation>Observation : %1</translation>
    </message>
    <message>
        <source>Register check: %1</source>
        <translation>Contrôle de registre : %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>Evidence: an access event, its kind and its time</extracomment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation>Pièce jointe : %1</translation>
    </message>
    <message>
        <source>Checklist %1: %2</source>
        <translation>Liste de contrôle %1 : %2</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
</context>
<context>
    <name>vigil::VisitHeader</name>
    <message>
        <source>Unannounced</source>
        <translation>Inopinée</translation>
    </message>
    <message>
        <source>Unannounced visit</source>
        <translation>Visite inopinée</translation>
    </message>
    <message>
        <source>Unknown place</source>
        <translation>Lieu inconnu</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>Prévue : %1</translation>
    </message>
    <message>
        <source>On site %1</source>
        <translation>Sur place : %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Passer à « %1 »</translation>
    </message>
    <message>
        <source>Move the visit to %1</source>
        <translation>Faire passer la visite à l'état « %1 »</translation>
    </message>
    <message>
        <source>Move visit to %1</source>
        <translation>Passer la visite à l'état « %1 »</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>Annuler la visite</translation>
    </message>
    <message>
        <source>The visit will be closed without taking place. This cannot be undone.
Why is it cancelled?</source>
        <translation>La visite sera clôturée sans avoir eu lieu. Cette action est irréversible.
Pour quelle raison est-elle annulée ?</translation>
    </message>
    <message>
        <source>Move the visit from %1 to %2?</source>
        <translation>Faire passer la visite de « %1 » à « %2 » ?</translation>
    </message>
    <message>
        <source>This step cannot be undone.</source>
        <translation>Cette étape est irréversible.</translation>
    </message>
</context>
<context>
    <name>vigil::VisitLabels</name>
    <message>
        <source>Team lead</source>
        <translation>Responsable d'équipe</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Contrôleur</translation>
    </message>
    <message>
        <source>Medical doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Obstruction</source>
        <translation>Entrave</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation>Croquis</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Extrait de registre</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Custody and admission</source>
        <translation>Garde à vue et admission</translation>
    </message>
    <message>
        <source>Disciplinary</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Use of force and restraint</source>
        <translation>Usage de la force et contention</translation>
    </message>
    <message>
        <source>Segregation</source>
        <translation>Isolement</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médical</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Plaintes et requêtes</translation>
    </message>
    <message>
        <source>Incidents and deaths</source>
        <translation>Incidents et décès</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation>Ratures</translation>
    </message>
    <message>
        <source>Late entries</source>
        <translation>Inscriptions tardives</translation>
    </message>
    <message>
        <source>Unsigned sanctions</source>
        <translation>Sanctions non signées</translation>
    </message>
    <message>
        <source>Register missing</source>
        <translation>Registre absent</translation>
    </message>
    <message>
        <source>Inconsistent with other sources</source>
        <translation>Incohérent avec d'autres sources</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Place-specific</source>
        <translation>Propre au lieu</translation>
    </message>
    <message>
        <source>Systemic</source>
        <translation>Systémique</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Register check</source>
        <translation>Contrôle de registre</translation>
    </message>
    <message>
        <source>Access event</source>
        <translation>Incident d'accès</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>Réponse à la liste de contrôle</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
</context>
<context>
    <name>vigil::VisitLifecycle</name>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Fieldwork closed</source>
        <translation>Terrain clos</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>Internal review</source>
        <translation>Relecture interne</translation>
    </message>
    <message>
        <source>Sent to authorities</source>
        <translation>Transmise aux autorités</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Rapport émis</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>The visit does not exist or was deleted.</source>
        <translation>La visite n'existe pas ou a été supprimée.</translation>
    </message>
    <message>
        <source>A visit cannot go from "%1" to "%2".</source>
        <translation>Une visite ne peut pas passer de « %1 » à « %2 ».</translation>
    </message>
</context>
<context>
    <name>vigil::VisitListModel</name>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>Unknown place</source>
        <translation>Lieu inconnu</translation>
    </message>
    <message>
        <source>Unannounced</source>
        <translation>Inopinée</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Annoncée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Préavis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>vigil::VisitRepository</name>
    <message>
        <source>The planned end is before the planned start.</source>
        <translation>La fin prévue est antérieure au début prévu.</translation>
    </message>
    <message>
        <source>The time the team left is before the time it arrived.</source>
        <translation>L'heure de départ de l'équipe est antérieure à son heure d'arrivée.</translation>
    </message>
    <message>
        <source>The visit does not exist or was deleted.</source>
        <translation>La visite n'existe pas ou a été supprimée.</translation>
    </message>
    <message>
        <source>This person is already on the visit's team.</source>
        <translation>Cette personne fait déjà partie de l'équipe de la visite.</translation>
    </message>
    <message>
        <source>The visit already has a lead; give the current lead another role first.</source>
        <translation>La visite a déjà un responsable d'équipe ; attribuez d'abord un autre rôle au responsable actuel.</translation>
    </message>
</context>
<context>
    <name>vigil::VisitWorkspace</name>
    <message>
        <source>Parts of the visit record</source>
        <translation>Parties du dossier de visite</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation>Contrôles de registre</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Journal d'accès</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Observations and registers</source>
        <translation>Observations et registres</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Refusals, delays and obstruction of access</source>
        <translation>Refus, retards et entraves à l'accès</translation>
    </message>
</context>
<context>
    <name>vigil::VisitsPage</name>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
</context>
<context>
    <name>vigil::VocabularyLabels</name>
    <message>
        <source>Prison</source>
        <translation>Établissement pénitentiaire</translation>
    </message>
    <message>
        <source>Remand centre</source>
        <translation>Établissement de détention provisoire</translation>
    </message>
    <message>
        <source>Police custody</source>
        <translation>Locaux de garde à vue</translation>
    </message>
    <message>
        <source>Court cells</source>
        <translation>Cellules de tribunal</translation>
    </message>
    <message>
        <source>Immigration detention</source>
        <translation>Rétention administrative</translation>
    </message>
    <message>
        <source>Airport transit zone</source>
        <translation>Zone d'attente aéroportuaire</translation>
    </message>
    <message>
        <source>Psychiatric hospital</source>
        <translation>Hôpital psychiatrique</translation>
    </message>
    <message>
        <source>Social care home</source>
        <translation>Établissement médico-social</translation>
    </message>
    <message>
        <source>Juvenile centre</source>
        <translation>Centre pour mineurs</translation>
    </message>
    <message>
        <source>Military detention</source>
        <translation>Détention militaire</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>In-depth</source>
        <translation>Approfondie</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Fieldwork closed</source>
        <translation>Terrain clos</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>Internal review</source>
        <translation>Relecture interne</translation>
    </message>
    <message>
        <source>Sent to authorities</source>
        <translation>Transmise aux autorités</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Partiellement acceptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Non mise en œuvre</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Partly implemented</source>
        <translation>Partiellement mise en œuvre</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Reissued</source>
        <translation>Réitérée</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Facility management</source>
        <translation>Direction de l'établissement</translation>
    </message>
    <message>
        <source>Supervising authority</source>
        <translation>Autorité de tutelle</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministère</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation>Législateur</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Protection measures</source>
        <translation>Mesures de protection</translation>
    </message>
    <message>
        <source>Material conditions</source>
        <translation>Conditions matérielles</translation>
    </message>
    <message>
        <source>Regime and activities</source>
        <translation>Régime et activités</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Soins de santé</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Register check</source>
        <translation>Contrôle de registre</translation>
    </message>
    <message>
        <source>Access event</source>
        <translation>Incident d'accès</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation>Contrôles de registre</translation>
    </message>
    <message>
        <source>Access events</source>
        <translation>Incidents d'accès</translation>
    </message>
</context>
<context>
    <name>vigil::Workspace</name>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>an unknown place</source>
        <translation>un lieu inconnu</translation>
    </message>
    <message>
        <source>Visit to %1</source>
        <translation>Visite : %1</translation>
    </message>
    <message>
        <source>Visit to %1, %2</source>
        <translation>Visite : %1, %2</translation>
    </message>
</context>
<context>
    <name>vigil::WriteTx</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n characters</source>
        <translation>
            <numerusform>dépasse %n caractère</numerusform>
            <numerusform>dépasse %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>doit être au moins égal à %1</translation>
    </message>
    <message>
        <source>must be a time after 1970</source>
        <translation>doit être une date postérieure à 1970</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>doit valoir oui ou non</translation>
    </message>
    <message>
        <source>'%1' is not one of: %2</source>
        <translation>« %1 » ne fait pas partie de : %2</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>doit être une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>must be the id of a record</source>
        <translation>doit être l'identifiant d'un enregistrement</translation>
    </message>
    <message>
        <source>must be binary data</source>
        <translation>doit être constitué de données binaires</translation>
    </message>
    <message>
        <source>has an unknown type</source>
        <translation>est d'un type inconnu</translation>
    </message>
    <message>
        <source>%1.%2: refers to a %3 that does not exist or was deleted</source>
        <translation>%1.%2 : renvoie à un élément de type %3 qui n'existe pas ou a été supprimé</translation>
    </message>
    <message>
        <source>%1.%2: is required</source>
        <translation>%1.%2 : est obligatoire</translation>
    </message>
    <message>
        <source>The %1 being changed does not exist or was deleted.</source>
        <translation>L'élément de type %1 à modifier n'existe pas ou a été supprimé.</translation>
    </message>
    <message>
        <source>The %1 being deleted does not exist or was already deleted.</source>
        <translation>L'élément de type %1 à supprimer n'existe pas ou a déjà été supprimé.</translation>
    </message>
    <message>
        <source>The %1 being restored does not exist or was not deleted.</source>
        <translation>L'élément de type %1 à restaurer n'existe pas ou n'a pas été supprimé.</translation>
    </message>
</context>
<context>
    <name>vigil::attachmentjobs</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>The vault key could not be read.</source>
        <translation>La clé du coffre n'a pas pu être lue.</translation>
    </message>
    <message>
        <source>The attachment is not an image that can be shown.</source>
        <translation>La pièce jointe n'est pas une image affichable.</translation>
    </message>
</context>
<context>
    <name>vigil::cli::CliText</name>
    <message>
        <source>Passphrase: </source>
        <translation>Phrase secrète : </translation>
    </message>
    <message>
        <source>warning: this passphrase is weak; a longer one made of several unrelated words is much harder to guess.</source>
        <translation>avertissement : cette phrase secrète est faible ; une phrase plus longue, composée de plusieurs mots sans rapport entre eux, est bien plus difficile à deviner.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète : </translation>
    </message>
    <message>
        <source>This passphrase is too weak (%1). Use several unrelated words.</source>
        <translation>Cette phrase secrète est trop faible (%1). Utilisez plusieurs mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Confirmez la nouvelle phrase secrète : </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>There is no Vigil vault at %1.</source>
        <translation>Il n'y a pas de coffre Vigil à l'emplacement %1.</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Clé de récupération : %1</translation>
    </message>
    <message>
        <source>Write the recovery key on paper and keep it apart from this computer, or give it to your coordinator. It is shown only once; with it, a forgotten passphrase can be replaced.</source>
        <translation>Notez la clé de récupération sur papier et conservez-la à l'écart de cet ordinateur, ou remettez-la à votre coordinateur. Elle n'est affichée qu'une seule fois ; grâce à elle, une phrase secrète oubliée peut être remplacée.</translation>
    </message>
    <message>
        <source>Created a vault at %1.</source>
        <translation>Coffre créé à l'emplacement %1.</translation>
    </message>
    <message>
        <source>Created a demo vault with fictional data at %1.</source>
        <translation>Coffre de démonstration avec des données fictives créé à l'emplacement %1.</translation>
    </message>
    <message>
        <source>Fictional records: %1 places, %2 visits, %3 interviews, %4 findings, %5 recommendations.</source>
        <translation>Dossiers fictifs : %1 lieux, %2 visites, %3 entretiens, %4 constats, %5 recommandations.</translation>
    </message>
    <message>
        <source>Passphrase: %1</source>
        <translation>Phrase secrète : %1</translation>
    </message>
    <message>
        <source>Vault:            %1</source>
        <translation>Coffre :              %1</translation>
    </message>
    <message>
        <source>Name:             %1</source>
        <translation>Nom :                 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Vault id:         %1</source>
        <translation>ID du coffre :        %1</translation>
    </message>
    <message>
        <source>Created:          %1</source>
        <translation>Créé le :             %1</translation>
    </message>
    <message>
        <source>Schema version:   %1</source>
        <translation>Version du schéma :   %1</translation>
    </message>
    <message>
        <source>Database size:    %1</source>
        <translation>Taille de la base :   %1</translation>
    </message>
    <message>
        <source>SQLCipher:        %1</source>
        <translation>SQLCipher :           %1</translation>
    </message>
    <message>
        <source>Key derivation:   Argon2id, %1 passes, %2 MiB</source>
        <translation>Dérivation de clé :   Argon2id, %1 passes, %2 Mio</translation>
    </message>
    <message>
        <source>The vault is damaged or has been altered:</source>
        <translation>Le coffre est endommagé ou a été altéré :</translation>
    </message>
    <message>
        <source>The audit log has been altered:</source>
        <translation>Le journal d'audit a été altéré :</translation>
    </message>
    <message numerus="yes">
        <source>The vault is intact: every page decrypts and authenticates, the database is consistent, and the audit chain of %n event(s) verifies.</source>
        <translation>
            <numerusform>Le coffre est intact : chaque page se déchiffre et s'authentifie, la base de données est cohérente et la chaîne d'audit de %n événement est vérifiée.</numerusform>
            <numerusform>Le coffre est intact : chaque page se déchiffre et s'authentifie, la base de données est cohérente et la chaîne d'audit de %n événements est vérifiée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase was changed. The old passphrase no longer opens the vault.</source>
        <translation>La phrase secrète a été changée. L'ancienne phrase secrète n'ouvre plus le coffre.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Clé de récupération : </translation>
    </message>
    <message>
        <source>The vault is open again and has a new passphrase. The recovery key stays the same.</source>
        <translation>Le coffre est de nouveau ouvert et a une nouvelle phrase secrète. La clé de récupération reste la même.</translation>
    </message>
    <message>
        <source>This key decrypts the whole database. In the sqlcipher shell: PRAGMA key = "x'&lt;key&gt;'"; then query as usual. Do not store it.</source>
        <translation>Cette clé déchiffre toute la base de données. Dans le shell sqlcipher : PRAGMA key = "x'&lt;key&gt;'"; puis interrogez la base comme d'habitude. Ne la conservez pas.</translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation>search nécessite une REQUÊTE.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation>Les dates s'écrivent AAAA-MM-JJ.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n résultat.</numerusform>
            <numerusform>%n résultats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected argument '%1' for %2.</source>
        <translation>Argument inattendu « %1 » pour %2.</translation>
    </message>
    <message>
        <source>Try 'vigil-cli --help'.</source>
        <translation>Essayez « vigil-cli --help ».</translation>
    </message>
    <message>
        <source>Unknown command '%1'.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Usage: vigil-cli [OPTIONS] COMMAND [ARGS]

Vigil's command line: the same encrypted vault as the Vigil window.

Commands:
  init        create a new vault (prints the recovery key once)
  demo        create a vault filled with fictional demo data
  info        show the vault's identity, format and key-derivation settings
  verify      check every page's encryption, the database and the audit chain
  passwd      change the passphrase (the data is not re-encrypted)
  recover     set a new passphrase using the recovery key
  db-key      print the SQLCipher key, to open vigil.db in the sqlcipher shell
  search QUERY  full-text search of notes, findings, recommendations, observations

Options:
  --vault DIR                the vault folder (default: %1)
  --passphrase-file FILE     read the passphrase from the first line of FILE
  --new-passphrase-file FILE the new passphrase, for init, passwd and recover
  --recovery-key-file FILE   the recovery key, for recover
  --name NAME                the vault's display name, for init and demo
  --force                    demo: replace an existing demo vault
  --place ID                 search: only this place's visits
  --from DATE, --to DATE     search: visits from/to this date (YYYY-MM-DD)
  --category CODE            search: only findings of this category
  --kdf-opslimit N           Argon2id passes (default 3)
  --kdf-memlimit-mib N       Argon2id memory in MiB (default 256)
  --verbose                  print technical details of errors
  -h, --help                 show this help
  --version                  show the version

Without a --passphrase-file, passphrases are read from the terminal without echo.

Exit codes:
  0 success            1 other error          2 usage error
  3 wrong passphrase or recovery key          4 integrity failure (damaged or altered)
  5 vault not found    6 storage error (read-only, disk full, I/O)
  7 already exists
</source>
        <translation>Utilisation : vigil-cli [OPTIONS] COMMANDE [ARGUMENTS]

La ligne de commande de Vigil : le même coffre chiffré que la fenêtre Vigil.

Commandes :
  init        créer un nouveau coffre (affiche une seule fois la clé de récupération)
  demo        créer un coffre rempli de données de démonstration fictives
  info        afficher l'identité, le format et les paramètres de dérivation de clé du coffre
  verify      vérifier le chiffrement de chaque page, la base de données et la chaîne d'audit
  passwd      changer la phrase secrète (les données ne sont pas rechiffrées)
  recover     définir une nouvelle phrase secrète à l'aide de la clé de récupération
  db-key      afficher la clé SQLCipher, pour ouvrir vigil.db dans le shell sqlcipher
  search REQUÊTE  recherche plein texte dans les notes, constats, recommandations, observations

Options :
  --vault DOSSIER                  le dossier du coffre (par défaut : %1)
  --passphrase-file FICHIER        lire la phrase secrète sur la première ligne de FICHIER
  --new-passphrase-file FICHIER    la nouvelle phrase secrète, pour init, passwd et recover
  --recovery-key-file FICHIER      la clé de récupération, pour recover
  --name NOM                       le nom d'affichage du coffre, pour init et demo
  --force                          demo : remplacer un coffre de démonstration existant
  --place ID                       search : uniquement les visites de ce lieu
  --from DATE, --to DATE           search : visites depuis/jusqu'à cette date (AAAA-MM-JJ)
  --category CODE                  search : uniquement les constats de cette catégorie
  --kdf-opslimit N                 passes Argon2id (par défaut 3)
  --kdf-memlimit-mib N             mémoire Argon2id en Mio (par défaut 256)
  --verbose                        afficher les détails techniques des erreurs
  -h, --help                       afficher cette aide
  --version                        afficher la version

Sans --passphrase-file, les phrases secrètes sont lues depuis le terminal, sans écho.

Codes de sortie :
  0  succès
  1  autre erreur
  2  erreur d'utilisation
  3  phrase secrète ou clé de récupération incorrecte
  4  échec du contrôle d'intégrité (coffre endommagé ou altéré)
  5  coffre introuvable
  6  erreur de stockage (lecture seule, disque plein, E/S)
  7  existe déjà
</translation>
    </message>
    <message>
        <source>--kdf-opslimit must be 1 to 64 and --kdf-memlimit-mib 8 to 4096.</source>
        <translation>--kdf-opslimit doit être compris entre 1 et 64 et --kdf-memlimit-mib entre 8 et 4096.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase; use --passphrase-file FILE.</source>
        <translation>Aucun terminal pour demander la phrase secrète ; utilisez --passphrase-file FICHIER.</translation>
    </message>
</context>
</TS>
