# What the delegates' site shows of a meeting in progress, and the draft
# mark on every printed page of a draft.

# At the head of every printed page of a communique not yet adopted.
sitedraft-running-communique = Draft communique — not adopted
# At the head of every printed page of a decision not yet formally adopted.
sitedraft-running-decision = { $id } — { $outcome ->
        [adopted] adopted, not yet formally adopted
       *[other] draft, not adopted
    }
# Rule 26: what is final is the decision's own text.
sitedraft-formally-adopted = Formally adopted: the text of the { $kind ->
        [recommendation] recommendation
       *[other] decision
    } is final in every official language (Rule { $rule })
# Right under the Rule 26 line, when reservations or objections printed below still wait for their translation.
sitedraft-attached-pending = { $count ->
        [one] The statement attached below is not part of that text: its translation is still pending.
       *[other] The { $count } statements attached below are not part of that text: their translation is still pending.
    }

# Every page of the site: when it was last updated (the time of the last command recorded), and where the communique stands.
sitedraft-updated = Last updated: { $date }, { $time }.
sitedraft-never-updated = Nothing has been recorded yet.
sitedraft-communique-draft = The communique is a draft: not yet adopted.
sitedraft-communique-adopted = The communique was adopted on { $date }.
# On the communique's page, while paragraphs prepared for items not yet taken up are left out.
sitedraft-withheld = Texts prepared for agenda items not yet taken up are published once the meeting takes them up.
