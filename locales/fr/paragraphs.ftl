# Le communiqué paragraphe par paragraphe : adopt Pn ["texte"], hold Pn, reopen Pn.

cmd-expected-paragraph = identifiant de paragraphe attendu, tel que P3 ou G-totals, trouvé « { $found } ». Syntaxe : { $usage }

para-err-unknown = aucun paragraphe « { $id } » dans le communiqué : les paragraphes consignés sont P1, P2…, les paragraphes générés G-opening, G-attendance, G-totals, G-admissions, G-chair-POINT, G-chair, G-adoption, G-thanks et G-next (la vue Communiqué de l’écran en direct affiche chaque identifiant).
para-err-not-printed = le communiqué ne comporte pas de paragraphe { $id } pour l’instant : les faits qu’il énoncerait ne sont pas encore consignés.
para-err-adopted = le paragraphe { $id } est adopté : son libellé ne peut changer que s’il est rouvert ({ $reopen }).
para-err-bracketed = le paragraphe { $id } contient encore des mots entre crochets ({ $brackets }) : agréez ou supprimez chacun avant de l’adopter.
para-err-words = le libellé du paragraphe { $id } en { $lang } manque ou n’est pas dans une langue officielle : adoptez-le de nouveau depuis le programme, qui le consigne tel qu’il est imprimé.
para-err-held = le paragraphe { $id } est déjà réservé pour consultations : adoptez-le lorsqu’elles seront terminées (adopt { $id }).
para-err-not-adopted = le paragraphe { $id } n’est pas adopté : il n’y a rien à rouvrir.
para-err-communique-held = des paragraphes du communiqué sont encore réservés pour consultations : { $paragraphs }. Adoptez chacun (adopt Pn, ou adopt Pn "texte" tel que modifié oralement) avant d’adopter le communiqué.
undo-adoption-paragraph = impossible d’annuler l’adoption du paragraphe { $id } : undo n’annule jamais une adoption. Pour modifier le paragraphe, rouvrez-le, ce qui est consigné : { $reopen }
undo-reopening-paragraph = impossible d’annuler la réouverture du paragraphe { $id } : adoptez-le de nouveau, ce qui est consigné : { $adopt }

# Imprimé sous un paragraphe d’un projet de communiqué réservé pour consultations.
para-held-note = Réservé pour consultations.

# Version issue de l’adoption d’un paragraphe tel que modifié oralement.
para-version-oral = adoptée telle que modifiée oralement

# Vue Communiqué de l’écran en direct, après l’identifiant d’un paragraphe adopté : [P3, adopté].
para-screen-adopted = adopté

# Touches de la vue Communiqué de l’écran en direct (affichées par ?).
para-key-next = paragraphe suivant (à adopter ou à réserver)
para-key-prev = paragraphe précédent
para-key-adopt = adopter le paragraphe sélectionné en l’état
para-key-hold = réserver le paragraphe sélectionné pour consultations
