"""The words of the generated sample postmortems, in each document language."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "summary": "For {minutes} minutes, {service} returned errors to some users after a "
        "configuration change.\n\n- About 4% of requests failed.\n- No data was lost.",
        "impact": "Customers could not complete checkout; retries mostly succeeded.",
        "trigger": "A configuration change raised the connection pool size beyond the "
        "database limit.",
        "detection": "The error-rate alert fired four minutes after the change.",
        "resolution": "The change was rolled back and the pool size restored.",
        "went_well": "The alert fired quickly and the rollback was rehearsed.",
        "went_wrong": "The configuration change skipped the canary stage.",
        "lucky": "The change went out at a low-traffic hour.",
        "lessons": "Configuration is code: it deserves the same rollout safety.",
        "end_users": "About 4% of checkout attempts failed for 40 minutes.",
        "staff": "Support received 120 tickets.",
        "factor": "The {service} deploy pipeline had no canary stage for configuration changes.",
        "why1": "Configuration changes skip the canary stage.",
        "why2": "The pipeline treats configuration as low risk.",
        "action": "Add a canary stage for {service} configuration ({number})",
    },
    "fr": {
        "summary": "Pendant {minutes} minutes, {service} a renvoyé des erreurs à une partie "
        "des utilisateurs après un changement de configuration.\n\n"
        "- Environ 4\u00a0% des requêtes ont échoué.\n- Aucune donnée n'a été perdue.",
        "impact": "Des clients n'ont pas pu terminer leur paiement; la plupart des nouvelles "
        "tentatives ont réussi.",
        "trigger": "Un changement de configuration a porté la taille du bassin de connexions "
        "au-delà de la limite de la base de données.",
        "detection": "L'alerte sur le taux d'erreurs s'est déclenchée quatre minutes après "
        "le changement.",
        "resolution": "Le changement a été annulé et la taille du bassin rétablie.",
        "went_well": "L'alerte s'est déclenchée rapidement et le retour arrière avait été répété.",
        "went_wrong": "Le changement de configuration a sauté l'étape canari.",
        "lucky": "Le changement a été déployé à une heure de faible trafic.",
        "lessons": "La configuration, c'est du code\u00a0: elle mérite la même prudence au "
        "déploiement.",
        "end_users": "Environ 4\u00a0% des paiements ont échoué pendant 40 minutes.",
        "staff": "Le soutien a reçu 120 billets.",
        "factor": "Le pipeline de déploiement de {service} n'avait pas d'étape canari pour "
        "les changements de configuration.",
        "why1": "Les changements de configuration sautent l'étape canari.",
        "why2": "Le pipeline considère la configuration comme peu risquée.",
        "action": "Ajouter une étape canari pour la configuration de {service} ({number})",
    },
}

EVENT_TEXTS: dict[str, tuple[str, ...]] = {
    "en": (
        "Alert fired: error rate above 5% on {service}.",
        "On-call acknowledged the page and opened the incident channel.",
        "Dashboards show connection pool saturation on {service}.",
        "Rolled back the latest deployment of {service}.",
        "Status page updated for customers.",
        "Error rate back under the threshold; monitoring.",
        "Decided to keep the feature flag off until the fix is reviewed.",
    ),
    "fr": (
        "Alerte\u00a0: taux d'erreurs supérieur à 5\u00a0% sur {service}.",
        "La personne de garde a accusé réception et ouvert le canal de l'incident.",
        "Les tableaux de bord montrent la saturation du bassin de connexions de {service}.",
        "Retour arrière du dernier déploiement de {service}.",
        "Page d'état mise à jour pour les clients.",
        "Taux d'erreurs revenu sous le seuil; surveillance en cours.",
        "Décision de garder le drapeau de fonctionnalité désactivé jusqu'à l'examen du correctif.",
    ),
}
