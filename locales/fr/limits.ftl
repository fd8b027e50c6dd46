err-text-too-long = le texte compte { $chars } caractères ; un texte peut en compter au plus { $max }. Scindez-le, ou placez l’annexe dans un document distinct.
