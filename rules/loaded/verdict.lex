# loaded/verdict.lex: words that settle a dispute the story only reports
#
# What the class is: verbs and adjectives that declare one side of an argument right. "X
# refuted the claim" says the claim was proved false, not only that X denied it; "debunked"
# and "baseless" say the same of a theory or an accusation; "exposed" says the wrongdoing
# is established; "revealed" says something hidden came to light. When the story's own
# evidence does not carry that verdict, the word is the writer taking sides.
#
# Style guidance drawn on:
# - AP Stylebook, "refute": the word connotes success in an argument and almost always
#   needs a neutral substitute such as "deny", "dispute" or "rebut".
# - Wikipedia Manual of Style, "Words to watch": expressions of doubt and editorializing
#   ("revealed", "exposed", "debunked" imply a truth the text has not shown).
#
# Severity: "refute" is always a verdict (warning). The others are sometimes earned by the
# reporting itself (a court finding, a published correction), so they are info: a prompt to
# check that the story shows what the word asserts.

# --- refute: the denial succeeded ---------------------------------------------------------
refuted -> denied, disputed, rejected ; !near: hypothesis theorem experiment experiments ; note: "refuted" means proved false: if the story only shows a denial, write "denied", "disputed" or "rejected" ; ex: The ministry refuted reports that troops had crossed the border. ; ex: The account has since been refuted by the ministry. ; nex: The experiment refuted the hypothesis.
refutes -> denies, disputes, rejects ; !near: hypothesis theorem experiment experiments ; note: "refutes" means proves false: write "denies", "disputes" or "rejects" ; ex: The company refutes the union's account of the meeting.
refute -> deny, dispute, reject ; !near: hypothesis theorem experiment experiments ; note: "refute" means prove false: write "deny", "dispute" or "reject" ; ex: Officials moved quickly to refute the report.
refuting -> denying, disputing, rejecting ; !near: hypothesis theorem experiment experiments ; note: "refuting" means proving false: write "denying", "disputing" or "rejecting" ; ex: He issued a statement refuting the allegations.

# --- debunk, discredit, baseless: a theory or accusation declared false -------------------
debunked -> disputed, rejected ; info ; weak ; note: "debunked" declares the matter settled: say who showed it false and how, or write "disputed" ; ex: The senator repeated a debunked theory about the vote.
debunks -> disputes, rejects ; info ; weak ; note: "debunks" declares the matter settled: say who showed what, or write "disputes" ; ex: A new report debunks the idea that the tax pays for itself.
debunk -> dispute, rebut ; info ; weak ; note: "debunk" declares the matter settled: write "dispute" or "rebut" unless the story shows the proof ; ex: The campaign set out to debunk the rumour.
debunking -> disputing, rebutting ; info ; weak ; note: "debunking" declares the matter settled: write "disputing" or "rebutting" ; ex: The site posted an article debunking the claim.
discredited ; info ; weak ; prev: the a an this that long ; note: "the discredited theory" is a verdict: say who discredited it, or describe it neutrally ; ex: He cited a long discredited study. ; nex: The witness was discredited in court.
baseless ; info ; weak ; next: claim claims allegation allegations accusation accusations charge charges rumour rumours rumor rumors attack attacks ; note: "baseless" is the writer's verdict on an accusation: attribute it ("which she denies") or show the evidence ; ex: The minister faced baseless allegations of fraud.
unfounded ; info ; weak ; next: claim claims allegation allegations accusation accusations charge charges rumour rumours rumor rumors fears ; note: "unfounded" is the writer's verdict: attribute it or show the evidence ; ex: The firm said the unfounded rumours had hurt its shares.

# --- expose: wrongdoing declared established ------------------------------------------------
# Only the moral sense is flagged (near words of wrongdoing); exposure to radiation, the
# sun or a risk is left alone.
exposed -> revealed, reported ; info ; weak ; near: hypocrisy lies lie corruption fraud wrongdoing scandal abuses failures failings incompetence deceit ; !near: radiation asbestos sun virus chemicals ; note: "exposed" treats the wrongdoing as proven: say what was reported and by whom ; ex: The leaked memo exposed the hypocrisy of the board. ; nex: Workers were exposed to asbestos for years.
exposes -> reveals, reports ; info ; weak ; near: hypocrisy lies lie corruption fraud wrongdoing scandal abuses failures failings incompetence deceit ; note: "exposes" treats the wrongdoing as proven: say what was reported and by whom ; ex: The film exposes the lies behind the war.
exposing -> reporting ; unsafe ; info ; weak ; near: hypocrisy lies lie corruption fraud wrongdoing scandal abuses failures failings incompetence deceit ; note: "exposing" treats the wrongdoing as proven: say what was reported and by whom ; ex: She won an award for exposing corruption in the police.

# --- reveal: nothing hidden came out -----------------------------------------------------------
# "revealed" is fine for what was secret; when the news is something said in public (an
# interview, a statement, a press conference) it dramatises an announcement.
revealed -> said, announced ; info ; weak ; near: interview statement conference briefing speech website announced unveiled press radio television tv ; !near: documents document leaked secret investigation tests test ; note: a statement made in public is "said" or "announced", not "revealed" ; ex: The singer revealed in an interview that she had married. ; nex: Leaked documents revealed the secret payments.
reveals -> says, announces ; info ; weak ; near: interview statement conference briefing speech website announced unveiled press radio television tv ; !near: documents document leaked secret investigation tests test ; note: a statement made in public is "says" or "announces", not "reveals" ; ex: The star reveals in a radio interview that he is retiring.

# --- other verdicts ---------------------------------------------------------------------------
lied ; info ; weak ; !next: down low ; !near: argued argue argues alleged alleges alleging accused accuses accusing accusation accusations claimed claims claiming denied denies deny charged say says said told court prosecutors ; note: "lied" asserts intent to deceive: unless a court or the record shows it, say what was false and attribute the charge ; ex: The minister lied about the cost of the war. ; nex: She lied down for an hour.
whitewash ; info ; weak ; note: calling an inquiry a "whitewash" is a verdict: attribute it ; ex: Campaigners called the inquiry a whitewash.
