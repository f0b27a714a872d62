"""Qt-free flow models of the portal screens: the steps, what each step checks, how a saved draft
resumes, and the rule that a booking in flight is never made twice. The pages in
``assistant.ui.portal`` only show what these models say; the models are tested with plain pytest."""
