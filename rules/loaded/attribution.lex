# loaded/attribution.lex: verbs of attribution that pass judgement on the speaker
#
# What the class is: the verb that introduces what someone said. A neutral verb (said,
# told, added, replied, wrote, stated, asked) reports the words. A loaded verb also rules on
# them: that the statement is doubtful (claimed), a confession of fault (admitted,
# conceded, confessed), vain (boasted, bragged, touted), petty
# (grumbled, whined, bemoaned) or an attack (slammed, blasted, lashed out, ranted). That
# ruling belongs to the reader, not the reporter.
#
# Style guidance drawn on:
# - AP Stylebook: "said" is the preferred verb of attribution and is almost always right;
#   its cautions that "claim" can suggest doubt about the statement and that "admit" and
#   "concede" can suggest wrongdoing or reluctance; colourful substitutes editorialize.
# - Wikipedia Manual of Style, "Words to watch": the section on "said" and its loaded
#   substitutes, and the sections on editorializing and expressions of doubt.
#
# Conditions keep the other senses out: "claimed responsibility", "claimed the title",
# insurance and legal "claims", "admitted to hospital", "blasted off", "slammed the door",
# "ticket touts", goals and defeats conceded in sport and elections, confessions to a crime.
#
# Severity: warning (the rule default, written as nothing) for verbs that only ever judge;
# info for verbs that edited copy still uses widely (claimed, admitted, touted, railed):
# worth a look, not always wrong. In clean BBC copy (827k words) "claimed", "admitted" and
# "insisted" each occur once per 6,000 to 8,000 words outside quotes, mostly in exactly the
# sense AP cautions against, so these are flagged only in the clearest saying pattern:
# followed by "that" ("claimed that", "admitted that").
#
# Left out on purpose: "insisted"/"insists". "insisted that" alone gave 22 findings in clean
# BBC narration, each reporting a firm denial the way wire copy does, and the media-bias
# set gave it no support (its one hit was in a sentence labelled non-biased). "hit out at" is BBC
# house style for criticism (8 hits in narration) and is left to the writer too.

# --- boasting and bragging ---------------------------------------------------------------
boasted -> said ; unsafe ; !next: a an the @num more over some its his her their one two ; note: "boasted" says the speaker was vain about it: report the words with "said" ; ex: The mayor boasted that the budget was balanced. ; nex: The old stadium boasted a running track.
boasting -> saying ; unsafe ; !next: a an the @num more over some its his her their ; note: "boasting" rules on the speaker's vanity: use "saying" ; ex: He spent the rally boasting about his polls.
bragged -> said ; unsafe ; note: "bragged" mocks the speaker: use "said" and let the claim stand on its own ; ex: The coach bragged that nobody could beat them.
brags -> says ; unsafe ; note: "brags" mocks the speaker: use "says" ; ex: She brags that her plan will cost nothing.
bragging -> saying ; unsafe ; note: "bragging" mocks the speaker: use "saying" ; ex: He was bragging about the deal on Monday.
touted -> promoted, said ; info ; weak ; !prev: ticket ; note: "touted" suggests salesmanship: use "promoted" or say who said what ; ex: The minister touted the scheme as a success.
touting -> promoting ; unsafe ; info ; weak ; !prev: ticket ; !near: ticket tickets touts ; note: "touting" suggests salesmanship: use "promoting" ; ex: The firm is touting its new phone.
gloated -> said ; unsafe ; note: "gloated" accuses the speaker of malice: use "said" ; ex: The winner gloated over his rival's defeat.
gloating -> saying ; unsafe ; note: "gloating" accuses the speaker of malice: use "saying" ; ex: Officials were gloating about the result.
crowed -> said ; unsafe ; note: "crowed" mocks the speaker: use "said" ; ex: The candidate crowed that the race was over.

# --- complaining -----------------------------------------------------------------------------
grumbled -> said, complained ; note: "grumbled" makes the speaker sound petty: use "said", or "complained" if the words were a complaint ; ex: The president grumbled that the talks were taking too long.
grumbles -> says, complains ; note: "grumbles" makes the speaker sound petty: use "says" ; ex: He grumbles that nobody listens to him.
grumbling -> complaining ; unsafe ; note: "grumbling" makes the speaker sound petty: say what was said ; ex: There was grumbling from backbenchers about the vote.
whined -> said, complained ; note: "whined" belittles the speaker: use "said" or "complained" ; ex: The senator whined about the seating plan.
whining -> complaining ; unsafe ; note: "whining" belittles the speaker: use "complaining" or report the words ; ex: Critics dismissed the letter as whining.
whinged -> complained ; unsafe ; note: "whinged" belittles the speaker: use "complained" ; ex: The manager whinged about the referee.
bemoaned -> said, complained ; note: "bemoaned" dramatises a complaint: use "said" or "complained" ; ex: The chairman bemoaned the cost of the inquiry.
bemoans -> says, complains ; note: "bemoans" dramatises a complaint: use "says" ; ex: The report bemoans a lack of funding.
bemoaning -> complaining ; unsafe ; note: "bemoaning" dramatises a complaint: use "complaining" ; ex: Farmers were bemoaning the new rules.
fumed -> said ; unsafe ; note: "fumed" imputes anger the reader cannot check: use "said" ; ex: The owner fumed that the ruling was unfair.
railed -> criticized, protested ; info ; weak ; note: "railed" paints the speaker as ranting: use "criticized" or "protested" ; ex: The bishop railed against the new law.
ranted -> said ; unsafe ; note: "ranted" dismisses the speaker as irrational: use "said" ; ex: He ranted about the press for ten minutes.
ranting -> speaking ; unsafe ; note: "ranting" dismisses the speaker as irrational: report what was said ; ex: The host was ranting about the tax plan.
rant ; prev: a his her their ; note: calling a speech "a rant" dismisses it: call it a speech, post or remarks ; ex: He posted a rant about the mayor. ; nex: They rant and rave.

# --- mockery and disdain ---------------------------------------------------------------------
scoffed -> said, dismissed ; note: "scoffed" mocks the speaker: use "said" or "dismissed" ; ex: The minister scoffed at the idea.
scoffs -> says, dismisses ; note: "scoffs" mocks the speaker: use "says" or "dismisses" ; ex: The mayor scoffs at the report.
sneered -> said ; unsafe ; note: "sneered" imputes contempt: use "said" ; ex: The rival sneered that the plan would fail.
sneering -> saying ; unsafe ; note: "sneering" imputes contempt: report what was said ; ex: Her sneering remarks drew criticism.

# --- attacks ---------------------------------------------------------------------------------
slammed -> criticized ; !next: the a his her its their into shut down on against home well wide over ; !near: door doors brakes brake gate window lid phone ball bar shot net post ; note: "slammed" dramatises criticism: use "criticized" ; ex: Union leaders slammed plans to close the plant. ; nex: He slammed the door behind him. ; nex: The car slammed into a wall.
slams -> criticizes ; next: @cap @pron plans plan government ministers critics move decision report ; note: "slams" dramatises criticism (a headline habit): use "criticizes" ; ex: Blair slams Tory tax plans ; nex: The wave slams into the harbour wall.
slamming -> criticizing ; !next: the a his her its their into shut down on ; !near: door doors brakes brake gate window lid ; note: "slamming" dramatises criticism: use "criticizing" ; ex: The group issued a statement slamming councillors over the delay.
blasted -> criticized ; !prev: was were been be being ; !next: off into out through away apart open a an home wide over past clear ; !near: ball shot shots goal net bar post rocket shuttle bomb explosives music speakers ; note: "blasted" dramatises criticism: use "criticized" ; ex: The senator blasted the agency for its slow response. ; nex: The rocket blasted off from Florida. ; nex: He blasted the ball over the bar.
blasts -> criticizes ; prev: @pron @name ; next: @cap @pron the plans plan government ministers critics move decision report ; note: "blasts" dramatises criticism (a headline habit): use "criticizes" ; ex: The Tories say Brown blasts Blair over pensions ; nex: Two bomb blasts hit the capital.
lashed out at -> criticized ; note: "lashed out" paints criticism as an outburst: use "criticized" ; ex: The coach lashed out at the referee after the game.
lashes out at -> criticizes ; note: "lashes out" paints criticism as an outburst: use "criticizes" ; ex: Minister lashes out at critics
lashing out at -> criticizing ; note: "lashing out" paints criticism as an outburst: use "criticizing" ; ex: She spent the speech lashing out at rivals.
ripped into -> criticized ; unsafe ; note: "ripped into" dramatises criticism: use "criticized" ; ex: The columnist ripped into the budget.

# --- doubt: claim ----------------------------------------------------------------------------
# Only the verb-of-saying use before "that" is flagged: the noun ("insurance claims"), the
# taking sense ("claimed the title", "claimed responsibility", "claimed three lives") and the
# bare verb all stay quiet. "claimed" in the saying sense casts doubt on the statement.
claimed that -> said that ; info ; weak ; !prev: was is are were been being be ; note: "claimed" casts doubt on the statement: use "said" unless the doubt is the point and is sourced ; ex: The company claimed that its rivals had copied the design. ; nex: The group claimed responsibility for the attack. ; nex: It was claimed that the payments were legal.
claims that -> says that ; info ; weak ; !prev: the these those such his her its their our your my any new earlier previous false repeated rejected reject rejects denied deny denies dismissed dismiss dismisses disputed dispute over amid despite about of by against investigate investigating investigated made make making paid pay pays process processing handle handled to and or with ; note: "claims" casts doubt on the statement: use "says" unless the doubt is sourced ; ex: The ministry now claims that the figures were wrong. ; ex: She claims that she was never told. ; nex: He rejected claims that the bank was insolvent. ; nex: The insurer paid claims that were filed late.
claiming that -> saying that ; info ; weak ; !prev: the of ; note: "claiming" casts doubt on the statement: use "saying" ; ex: He wrote to the board claiming that the vote was rigged.

# --- confession: admit, concede, confess ---------------------------------------------------
# "admitted" frames a statement as a confession of fault. Hospital, membership, legal pleas
# ("admitted the charge") and passive uses are left alone.
admitted that -> said that, acknowledged that ; info ; weak ; !prev: was were been being be is are ; note: "admitted" implies a confession of fault: use "said" or "acknowledged" unless it was one ; ex: The chief executive admitted that sales had been weak. ; nex: It was admitted that the figures were wrong.
admits that -> says that, acknowledges that ; info ; weak ; note: "admits" implies a confession of fault: use "says" or "acknowledges" ; ex: The club admits that it made mistakes.
conceded -> acknowledged, said ; !prev: was were been be being goals ; !next: a an the @num defeat goals goal penalty penalties only just in at to from and ; !near: goal goals penalty penalties match game set sets point points runs wickets tries lead defeat election race seat ; note: "conceded" implies the speaker gave ground reluctantly: use "acknowledged" or "said" ; ex: The minister conceded that the target would be missed. ; ex: The bank has conceded its figures were wrong. ; nex: Chelsea conceded two goals in the second half. ; nex: The senator conceded defeat on Tuesday night. ; nex: They conceded a late penalty.
concedes -> acknowledges, says ; !next: a an the @num defeat goals goal penalty penalties only just in at to from and ; !near: goal goals penalty penalties match game set sets point points runs wickets tries lead defeat election race seat ; note: "concedes" implies reluctance: use "acknowledges" or "says" ; ex: The report concedes that costs have risen. ; nex: The team rarely concedes goals at home.
conceding -> acknowledging, saying ; !next: a an the @num defeat goals goal penalty penalties only just in at to from and ; !near: goal goals penalty penalties match game set sets point points runs wickets tries lead defeat election race seat ; note: "conceding" implies reluctance: use "acknowledging" or "saying" ; ex: He signed the deal, conceding that it was not perfect. ; nex: They went through without conceding a goal.
confessed -> acknowledged, said ; !prev: was were been - self ; !next: to ; !near: murder murders murderer murderers killing killings crime crimes charge charges police court guilty ; note: "confessed" turns a statement into a confession: use "said" or "acknowledged" unless it was a confession to a crime ; ex: The star confessed that she had been nervous. ; nex: The suspect confessed to the killing.
confesses -> acknowledges, says ; !next: to ; !near: murder murders killing killings crime crimes charge charges police court guilty ; note: "confesses" turns a statement into a confession: use "says" ; ex: The author confesses that the ending was rushed.
