# wirelint spin fingerprints: STRONG signals of synonym-spun news copy
#
# Synonym spinners (WordAi, Spin Rewriter, Spinbot, QuillBot-style paraphrasers and the
# thesaurus-driven rewriters used by scraper sites) replace words one by one from a
# thesaurus so that a wire story escapes duplicate detection. Fixed names, titles and
# collocations come out as phrases that professionally edited English never contains:
# "White Home" (White House), "final week" (last week), "Related Press" (Associated Press),
# "curiosity charges" (interest rates), "local weather change" (climate change).
#
# Every entry here is a phrase a copy editor would never write. Each one was checked
# against ~1.2M words of clean edited news (BBC 2004-05, L3S-GN1 gold texts 2008, Zyte
# article benchmark gold texts) and either has zero hits there or carries a context
# condition (prev/next/near/case) that removes them. Commoner spinner outputs that are also
# normal English ("stated", "however", "officers", "additionally") live in weak.lex.
#
# Format: see rules/README.md. Examples (ex:/nex:) are sentences written for this file.

# ---------------------------------------------------------------------------------------
# 1. Institutions, offices and titles
# ---------------------------------------------------------------------------------------

# --- White House, Congress, US government
White Home -> White House ; case ; note: "house" -> "home" ; ex: The White Home said the president would travel on Friday.
White Residence -> White House ; case ; ex: A White Residence spokesperson declined to comment.
White Dwelling -> White House ; case ; ex: He met aides at the White Dwelling on Monday.
Oval Workplace -> Oval Office ; ex: The president signed the order in the Oval Workplace.
Home Speaker -> House Speaker ; case ; ex: Home Speaker Mike Johnson scheduled a vote for Thursday.
Space Speaker -> House Speaker ; case ; ex: Space Speaker Mike Johnson scheduled a vote.
Home -> House ; case ; next: republicans democrats gop majority minority judiciary intelligence oversight ethics appropriations committee panel floor speaker passed voted approved ; note: "House" (of Representatives) spun as "Home" ; ex: Home Republicans blocked the measure on Tuesday. ; nex: Home prices rose again in March.
Space -> House ; case ; next: republicans democrats majority minority judiciary oversight speaker ; ex: Space Democrats walked out of the chamber. ; nex: Space tourism is growing.
home of representatives -> House of Representatives ; ex: The Home of Representatives passed the bill late on Friday.
space of representatives -> House of Representatives ; ex: The Space of Representatives voted 220 to 212.
home of commons -> House of Commons ; ex: The minister told the Home of Commons that talks would continue.
home of lords -> House of Lords ; ex: Peers in the Home of Lords rejected the amendment.
residence of commons -> House of Commons ; ex: She addressed the Residence of Commons on Monday.
Home flooring -> House floor ; case ; ex: The measure reached the Home flooring on Wednesday.
Senate flooring -> Senate floor ; ex: The senator spoke on the Senate flooring for four hours.
Majority Chief -> Majority Leader ; case ; ex: Senate Majority Chief Chuck Schumer opposed the plan.
Minority Chief -> Minority Leader ; case ; ex: Home Minority Chief Hakeem Jeffries criticised the vote.
majority chief -> majority leader ; prev: senate house home ; ex: The senate majority chief said talks had stalled.
Cupboard -> Cabinet ; case ; next: members member secretary secretaries meeting minister ministers post office workplace reshuffle nominee nominees ; ex: Two Cupboard members resigned on Sunday. ; nex: The Cupboard maker raised prices.
cupboard members -> Cabinet members ; ex: Several cupboard members attended the meeting.
chief of employees -> chief of staff ; ex: The White Home chief of employees resigned on Monday.
chief of workers -> chief of staff ; ex: His chief of workers announced the change.
press convention -> news conference ; ex: The governor held a press convention on Tuesday.
information convention -> news conference ; ex: Police gave details at an information convention.
news convention -> news conference ; ex: He told a news convention that the talks had failed.
Particular Counsel -> special counsel ; ex: The particular counsel filed new charges.
particular envoy -> special envoy ; ex: The particular envoy met Putin in Moscow.
particular prosecutor -> special prosecutor ; ex: A particular prosecutor will review the case.
particular rapporteur -> special rapporteur ; ex: The UN particular rapporteur on torture visited the prison.
particular forces -> special forces ; ex: Russian particular forces entered the town.
particular army operation -> special military operation ; ex: Moscow calls it a particular army operation.
particular navy operation -> special military operation ; ex: Moscow calls it a particular navy operation.
Particular Olympics -> Special Olympics ; ex: She competed in the Particular Olympics.
govt order -> executive order ; prev: an signed sign signing new ; ex: The president signed an govt order on Monday. ; nex: The govt order on fuel prices was published.
govt orders -> executive orders ; prev: signed sign signing several dozens numerous new ; ex: He signed several govt orders on his first day.
chief govt -> chief executive ; ex: The chief govt of the airline resigned.
govt director -> executive director ; ex: The group's govt director said the cuts were unfair.
govt producer -> executive producer ; ex: She served as govt producer on the series.
govt department -> executive branch ; prev: the ; next: of ; ex: the govt department of government
chief government officer -> chief executive officer ; ex: The chief government officer stepped down.
Division of Justice -> Department of Justice ; case ; ex: The Division of Justice opened an inquiry.
Justice Division -> Justice Department ; case ; !prev: family criminal civil youth juvenile ; ex: The Justice Division declined to comment. ; nex: A judge of the Family Justice Division ruled on Monday.
State Division -> State Department ; case ; !next: of ; ex: A State Division spokesman said the visa was revoked. ; nex: the New York State Division of Human Rights
Division of State -> Department of State ; case ; ex: The U.S. Division of State issued a travel warning.
Protection Division -> Defense Department ; case ; ex: The Protection Division confirmed the strike.
Division of Protection -> Department of Defense ; case ; ex: The Division of Protection awarded the contract.
Division of Homeland Safety -> Department of Homeland Security ; case ; ex: The Division of Homeland Safety issued new rules.
Homeland Safety -> Homeland Security ; case ; ex: Homeland Safety Secretary Kristi Noem visited the border.
Division of Schooling -> Department of Education ; case ; ex: The Division of Schooling will cut staff.
Schooling Division -> Education Department ; case ; ex: The Schooling Division announced layoffs.
Division of Well being -> Department of Health ; case ; ex: The Division of Well being reported new cases.
Division of Vitality -> Department of Energy ; case ; ex: The Division of Vitality funded the project.
Vitality Division -> Energy Department ; case ; ex: The Vitality Division released the data.
Treasury Division -> Treasury Department ; case ; ex: The Treasury Division announced new sanctions.
Inside Division -> Interior Department ; case ; ex: The Inside Division paused new leases.
Division of the Inside -> Department of the Interior ; case ; ex: The Division of the Inside manages federal land.
Division of Transportation -> Department of Transportation ; case ; ex: The Division of Transportation grounded the jets.
Division of Agriculture -> Department of Agriculture ; case ; ex: The U.S. Division of Agriculture expects a record harvest.
Division of Labor -> Department of Labor ; case ; ex: The U.S. Division of Labor reported the figures.
Division of Veterans Affairs -> Department of Veterans Affairs ; case ; ex: The Division of Veterans Affairs will hire more doctors.
protection secretary -> defense secretary ; !prev: environmental environment consumer child data ; ex: Protection Secretary Pete Hegseth flew to Brussels.
secretary of protection -> secretary of defense ; ex: The secretary of protection approved the deployment.
protection minister -> defence minister ; !prev: environmental environment consumer child data civil social ; ex: The protection minister said troops would stay. ; nex: The environmental protection minister resigned.
Protection Ministry -> Defence Ministry ; !prev: environmental environment consumer child data civil social ; ex: The Protection Ministry said drones were shot down.
ministry of protection -> Ministry of Defence ; !next: environmental environment consumer the ; ex: The ministry of protection said the base was hit.
Protection Forces -> Defense Forces ; case ; ex: The Israel Protection Forces said the strike killed a commander.
overseas minister -> foreign minister ; ex: The overseas minister will visit Beijing next week.
overseas ministry -> foreign ministry ; ex: The overseas ministry summoned the ambassador.
ministry of overseas affairs -> ministry of foreign affairs ; ex: The ministry of overseas affairs condemned the attack.
overseas secretary -> foreign secretary ; ex: The overseas secretary flew to Washington.
overseas workplace -> Foreign Office ; ex: The Overseas Workplace updated its travel advice.
overseas coverage -> foreign policy ; !near: bbc broadcaster broadcasters newspaper newspapers tv television radio correspondents insurance insurer insurers travel medical health ; ex: His overseas coverage has alarmed allies. ; nex: His travel insurance gives overseas coverage.
overseas affairs -> foreign affairs ; !prev: of ; ex: The senator sits on the overseas affairs committee.
inside minister -> interior minister ; ex: The inside minister ordered an inquiry.
inside ministry -> interior ministry ; ex: The inside ministry said 20 people were detained.
Residence Secretary -> Home Secretary ; case ; ex: The Residence Secretary announced new visa rules.
Dwelling Secretary -> Home Secretary ; case ; ex: The Dwelling Secretary defended the policy.
Residence Workplace -> Home Office ; case ; ex: The Residence Workplace said the scheme would end.
Dwelling Workplace -> Home Office ; case ; ex: A Dwelling Workplace spokesman confirmed the figures.
Cupboard Workplace -> Cabinet Office ; case ; ex: The Cupboard Workplace published the report.
well being secretary -> health secretary ; ex: The well being secretary announced more funding.
well being minister -> health minister ; ex: The well being minister said cases were falling.
well being ministry -> health ministry ; ex: The Gaza well being ministry said 30 people died.
ministry of well being -> ministry of health ; ex: The ministry of well being reported 40 new cases.
schooling secretary -> education secretary ; ex: The schooling secretary visited the school.
schooling minister -> education minister ; ex: The schooling minister promised more teachers.
vitality secretary -> energy secretary ; ex: The vitality secretary said prices would fall.
vitality minister -> energy minister ; ex: The vitality minister met oil producers.
commerce consultant -> trade representative ; ex: The U.S. commerce consultant met Chinese officials.
lawyer normal -> attorney general ; ex: Lawyer Normal Pam Bondi announced the charges.
lawyer basic -> attorney general ; ex: The lawyer basic said she would appeal.
lawyer common -> attorney general ; ex: The state lawyer common filed suit.
legal professional normal -> attorney general ; ex: The legal professional normal opened an investigation.
legal professional basic -> attorney general ; ex: The legal professional basic opened an investigation.
legal professional common -> attorney general ; ex: The legal professional common opened an investigation.
district legal professional -> district attorney ; ex: The district legal professional declined to file charges.
district lawyer -> district attorney ; prev: the county manhattan ; ex: The Manhattan district lawyer brought the case. ; nex: He hired a district lawyer from Ohio.
u.s. legal professional -> U.S. attorney ; ex: The U.S. legal professional for the district announced the arrests.
protection legal professional -> defense attorney ; ex: His protection legal professional said he would appeal.
protection lawyer -> defense lawyer ; !prev: child data consumer environmental wildlife ; ex: His protection lawyer asked for bail. ; nex: She works as a child protection lawyer.
protection attorneys -> defense attorneys ; !prev: child consumer data environmental ; ex: Protection attorneys called two witnesses.
protection legal professionals -> defense lawyers ; !prev: child consumer data environmental ; ex: Protection legal professionals called two witnesses.
his legal professional -> his lawyer ; !next: career careers body bodies standing standards obligations duties duty conduct ethics life experience background training qualifications reputation indemnity network ; ex: His legal professional said he was innocent. ; nex: He ended his legal professional career in 2010.
her legal professional -> her lawyer ; !next: career careers body bodies standing standards obligations duties duty conduct ethics life experience background training qualifications reputation indemnity network ; ex: Her legal professional said she would appeal.
solicitor normal -> solicitor general ; ex: The solicitor normal argued the case.
solicitor basic -> solicitor general ; ex: The solicitor basic argued the case.
surgeon normal -> surgeon general ; ex: The surgeon normal issued a warning about alcohol.
surgeon basic -> surgeon general ; ex: The surgeon basic issued a warning.
inspector normal -> inspector general ; ex: The inspector normal opened an inquiry.
inspector basic -> inspector general ; ex: The inspector basic opened an inquiry.
secretary-normal -> secretary-general ; ex: The UN secretary-normal called for a ceasefire.
secretary-basic -> secretary-general ; ex: The NATO secretary-basic visited Kyiv.
secretary normal -> secretary general ; ex: The secretary normal of the alliance spoke.
secretary basic -> secretary general ; ex: The secretary basic of the alliance spoke.
governor normal -> governor general ; ex: The governor normal dissolved parliament.
Normal Meeting -> General Assembly ; case ; ex: The UN Normal Meeting adopted the resolution.
Basic Meeting -> General Assembly ; case ; ex: The UN Basic Meeting adopted the resolution.
Common Meeting -> General Assembly ; case ; ex: The UN Common Meeting adopted the resolution.
basic assembly -> General Assembly ; prev: un nations n ; ex: The UN basic assembly voted on Friday.
n. safety council -> N. Security Council ; ex: The U.N. Safety Council met in emergency session.
un safety council -> UN Security Council ; ex: The UN Safety Council will meet on Monday.
nations safety council -> Nations Security Council ; ex: The United Nations Safety Council condemned the attack.
Safety Council decision -> Security Council resolution ; case ; ex: The Safety Council decision demands a ceasefire.
nationwide safety council -> National Security Council ; ex: A Nationwide Safety Council spokesman declined to comment.
nationwide safety adviser -> national security adviser ; ex: The nationwide safety adviser briefed reporters.
nationwide safety advisor -> national security adviser ; ex: The nationwide safety advisor briefed reporters.
nationwide safety -> national security ; next: adviser advisor advisers council threat threats risk risks grounds team law laws agency official officials apparatus establishment interests reasons . , ; ex: He said the deal posed a risk to nationwide safety. ; nex: A nationwide safety campaign began.
nationwide guard -> National Guard ; ex: The governor deployed the Nationwide Guard.
Nationwide Meeting -> National Assembly ; case ; ex: The Nationwide Meeting approved the budget.
nationwide well being service -> National Health Service ; ex: The Nationwide Well being Service faces record waiting lists.
nationwide climate service -> National Weather Service ; ex: The Nationwide Climate Service issued a flood warning.
nationwide hurricane middle -> National Hurricane Center ; ex: The Nationwide Hurricane Middle said the storm would strengthen.
nationwide hurricane heart -> National Hurricane Center ; ex: The Nationwide Hurricane Heart issued a warning.
nationwide institutes of well being -> National Institutes of Health ; ex: The Nationwide Institutes of Well being cut grants.
nationwide park service -> National Park Service ; ex: The Nationwide Park Service closed the trail.
nationwide anthem -> national anthem ; ex: Players knelt during the nationwide anthem.
nationwide debt -> national debt ; ex: The nationwide debt passed $36 trillion.
nationwide curiosity -> national interest ; ex: He said the decision was in the nationwide curiosity.
nationwide financial council -> National Economic Council ; ex: The director of the Nationwide Financial Council spoke.
nationwide transportation security board -> National Transportation Safety Board ; ex: The Nationwide Transportation Security Board is investigating the crash.
nationwide security board -> National Safety Board ; ex: The Nationwide Security Board sent investigators.
republican nationwide committee -> Republican National Committee ; ex: The Republican Nationwide Committee raised $50 million.
democratic nationwide committee -> Democratic National Committee ; ex: The Democratic Nationwide Committee chose a new chair.
nationwide conference -> national convention ; prev: republican democratic ; ex: He spoke at the Republican nationwide conference.
Republican Nationwide Conference -> Republican National Convention ; case ; ex: She spoke at the Republican Nationwide Conference.
Democratic Nationwide Conference -> Democratic National Convention ; case ; ex: She spoke at the Democratic Nationwide Conference.
Supreme Court docket -> Supreme Court ; ex: The Supreme Court docket agreed to hear the case.
Supreme Courtroom -> Supreme Court ; ex: The Supreme Courtroom ruled 6-3.
Preferrred Court docket -> Supreme Court ; ex: The Preferrred Court docket ruled on Friday.
Ultimate Court docket -> Supreme Court ; ex: The Ultimate Court docket ruled on Friday.
Excessive Court docket -> High Court ; ex: The Excessive Court docket granted an injunction.
Excessive Courtroom -> High Court ; ex: The Excessive Courtroom granted an injunction.
court docket -> court ; prev: supreme appeals appellate high excessive superior family crown criminal legal felony civil military top highest constitutional juvenile international worldwide world lower decrease ; !next: sheet entries entry number record records listing shows showed ; note: "court" -> "court docket" ; ex: An appeals court docket blocked the order on Friday. ; nex: The court docket showed three hearings.
court docket dominated -> court ruled ; ex: The court docket dominated that the law was unconstitutional.
court docket paperwork -> court documents ; ex: According to court docket paperwork, he was paid $1 million.
court docket filings -> court filings ; ex: Court docket filings show the company owed millions.
court docket listening to -> court hearing ; ex: He appeared at a court docket listening to on Monday.
courtroom dominated -> court ruled ; ex: The courtroom dominated in his favor.
appeals courtroom -> appeals court ; ex: An appeals courtroom upheld the ruling.
federal courtroom -> federal court ; next: dominated ruled docket decide blocked upheld ; ex: A federal courtroom dominated against the company.
Worldwide Court docket of Justice -> International Court of Justice ; ex: The Worldwide Court docket of Justice issued an order.
Worldwide Courtroom of Justice -> International Court of Justice ; ex: The Worldwide Courtroom of Justice issued an order.
Legal Court docket -> Criminal Court ; case ; ex: The Worldwide Legal Court docket issued a warrant.
Felony Court docket -> Criminal Court ; case ; ex: The Worldwide Felony Court docket issued a warrant.
Prison Court docket -> Criminal Court ; case ; ex: The Worldwide Prison Court docket issued a warrant.
Worldwide Legal Court -> International Criminal Court ; ex: The Worldwide Legal Court issued an arrest warrant.
Worldwide Felony Court -> International Criminal Court ; ex: The Worldwide Felony Court issued an arrest warrant.
Worldwide Prison Court -> International Criminal Court ; ex: The Worldwide Prison Court issued an arrest warrant.
Global Legal Court -> International Criminal Court ; ex: The Global Legal Court issued an arrest warrant.
decide dominated -> judge ruled ; ex: The decide dominated that the search was illegal.
federal decide -> federal judge ; ex: A federal decide blocked the policy.
district decide -> district judge ; ex: U.S. District Decide Amy Berman Jackson issued the order.
circuit decide -> circuit judge ; ex: The circuit decide wrote the opinion.
the decide -> the judge ; !next: to whether what how if who which when ; note: "judge" (noun) spun as the verb "decide" ; ex: The decide ordered his release. ; nex: It is hard to say; we will let them decide. ; nex: Voters will decide whether to approve it.
a decide -> a judge ; !prev: to will would let can could should must ; ex: A decide in Texas blocked the rule.
decide's -> judge's ; ex: The decide's order was stayed on appeal.
decide stated -> judge said ; ex: The decide stated the evidence was clear.
affiliate justice -> associate justice ; ex: Affiliate Justice Sonia Sotomayor dissented.
Central Intelligence Company -> Central Intelligence Agency ; ex: The Central Intelligence Company declined to comment.
Nationwide Safety Company -> National Security Agency ; ex: The Nationwide Safety Company collected the data.
Environmental Safety Company -> Environmental Protection Agency ; ex: The Environmental Safety Company rolled back the rule.
Environmental Safety Division -> Environmental Protection Department ; ex: The Environmental Safety Division issued a permit.
Federal Emergency Administration Company -> Federal Emergency Management Agency ; ex: The Federal Emergency Administration Company sent teams.
Meals and Drug Administration -> Food and Drug Administration ; ex: The Meals and Drug Administration approved the drug.
Facilities for Illness Management -> Centers for Disease Control ; ex: The Facilities for Illness Management and Prevention issued guidance.
Middle for Illness Management -> Center for Disease Control ; ex: The Middle for Illness Management said cases rose.
Heart for Illness Management -> Center for Disease Control ; ex: The Heart for Illness Management said cases rose.
illness management -> disease control ; ex: Illness management officials warned of an outbreak.
Inside Income Service -> Internal Revenue Service ; ex: The Inside Income Service will hire more agents.
Securities and Alternate Fee -> Securities and Exchange Commission ; ex: The Securities and Alternate Fee fined the bank.
Securities and Trade Fee -> Securities and Exchange Commission ; ex: The Securities and Trade Fee fined the bank.
Federal Commerce Fee -> Federal Trade Commission ; ex: The Federal Commerce Fee sued the company.
Federal Communications Fee -> Federal Communications Commission ; ex: The Federal Communications Fee approved the merger.
Federal Reserve Financial institution -> Federal Reserve Bank ; ex: The Federal Reserve Financial institution of New York intervened.
Ecu Union -> European Union ; ex: The Ecu Union agreed new sanctions.
Ecu Fee -> European Commission ; ex: The Ecu Fee opened an investigation.
Ecu Parliament -> European Parliament ; ex: The Ecu Parliament approved the deal.
Ecu Central Financial institution -> European Central Bank ; ex: The Ecu Central Financial institution held rates.
Ecu Central Bank -> European Central Bank ; ex: The Ecu Central Bank held rates.
Ecu -> European ; case ; next: leaders countries nations international union commission council court markets stocks shares allies officials officers ; ex: Ecu leaders met in Brussels.
European Fee -> European Commission ; ex: The European Fee opened an investigation.
United Countries -> United Nations ; ex: The United Countries called for a truce.
Worldwide Financial Fund -> International Monetary Fund ; ex: The Worldwide Financial Fund cut its forecast.
Global Financial Fund -> International Monetary Fund ; ex: The Global Financial Fund cut its forecast.
Worldwide Atomic Vitality Company -> International Atomic Energy Agency ; ex: The Worldwide Atomic Vitality Company sent inspectors.
Atomic Vitality Company -> Atomic Energy Agency ; ex: The Atomic Vitality Company sent inspectors.
Worldwide Vitality Company -> International Energy Agency ; ex: The Worldwide Vitality Company raised its forecast.
Worldwide Power Company -> International Energy Agency ; ex: The Worldwide Power Company raised its forecast.
Worldwide Olympic Committee -> International Olympic Committee ; ex: The Worldwide Olympic Committee banned the athlete.
Worldwide Crimson Cross -> International Red Cross ; ex: The Worldwide Crimson Cross delivered aid.
Worldwide Committee of the Crimson Cross -> International Committee of the Red Cross ; ex: The Worldwide Committee of the Crimson Cross visited the prisoners.
Worldwide Airport -> International Airport ; case ; ex: The plane landed at John F. Kennedy Worldwide Airport.
Global Airport -> International Airport ; case ; ex: The plane landed at Dulles Global Airport.
Amnesty Worldwide -> Amnesty International ; ex: Amnesty Worldwide condemned the executions.
Amnesty Global -> Amnesty International ; ex: Amnesty Global condemned the executions.
World Well being Group -> World Health Organization ; ex: The World Well being Group declared an emergency.
International Well being Group -> World Health Organization ; ex: The International Well being Group declared an emergency.
World Financial institution -> World Bank ; ex: The World Financial institution cut its growth forecast.
World Financial Discussion board -> World Economic Forum ; ex: He spoke at the World Financial Discussion board in Davos.
financial discussion board -> economic forum ; ex: Leaders gathered at the financial discussion board.
World Commerce Group -> World Trade Organization ; ex: The World Commerce Group ruled against the tariffs.
World Meals Programme -> World Food Programme ; ex: The World Meals Programme warned of famine.
World Meals Program -> World Food Program ; ex: The World Meals Program warned of famine.
Crimson Cross -> Red Cross ; case ; ex: The Crimson Cross evacuated the wounded.
Purple Cross -> Red Cross ; case ; ex: The Purple Cross evacuated the wounded.
Crimson Crescent -> Red Crescent ; case ; ex: The Crimson Crescent said 12 people died.
Purple Crescent -> Red Crescent ; case ; ex: The Purple Crescent said 12 people died.
Crimson Sea -> Red Sea ; case ; ex: Houthi rebels attacked ships in the Crimson Sea.
Purple Sea -> Red Sea ; case ; ex: Houthi rebels attacked ships in the Purple Sea.
Crimson Sq. -> Red Square ; ex: Troops paraded through Crimson Sq. in Moscow.
Purple Sq. -> Red Square ; ex: Troops paraded through Purple Sq. in Moscow.
Crimson Military -> Red Army ; case ; ex: The Crimson Military liberated the camp.
Supreme Chief -> Supreme Leader ; ex: Iran's Supreme Chief Ayatollah Ali Khamenei spoke.
supreme chief -> supreme leader ; prev: iran's the ; ex: Iran's supreme chief gave a speech.
High Minister -> Prime Minister ; case ; note: "prime" -> "high" ; ex: High Minister Narendra Modi inaugurated the bridge.
Top Minister -> Prime Minister ; case ; ex: Top Minister Keir Starmer met the king.
Leading Minister -> Prime Minister ; case ; ex: Leading Minister Narendra Modi spoke.
Top Ministers -> Prime Ministers ; case ; ex: The Top Ministers met in Delhi.
Chief of the Opposition -> Leader of the Opposition ; case ; ex: The Chief of the Opposition criticised the budget.
opposition chief -> opposition leader ; !next: whip ; near: said stated mentioned party occasion celebration parliament election vote ; ex: The opposition chief stated the vote was rigged. ; nex: The opposition chief whip said the vote was close.
occasion chief -> party leader ; ex: The occasion chief resigned after the defeat.
celebration chief -> party leader ; ex: The celebration chief resigned after the defeat.
social gathering chief -> party leader ; ex: The social gathering chief resigned after the defeat.
get together chief -> party leader ; ex: The get together chief resigned after the defeat.
birthday party chief -> party leader ; ex: The birthday party chief resigned.
previous President -> former President ; case ; !prev: the a his her their its this that ; next: @name ; ex: The rally featured previous President Barack Obama, who campaigned in Michigan. ; nex: Under the previous President, taxes rose.
previous Vice President -> former Vice President ; case ; !prev: the a ; ex: On Monday previous Vice President Mike Pence spoke.
previous Prime Minister -> former Prime Minister ; case ; !prev: the a ; next: @name ; ex: On Monday previous Prime Minister Boris Johnson spoke.
Workplace of Administration and Finances -> Office of Management and Budget ; ex: The Workplace of Administration and Finances drafted the cuts.
Congressional Finances Workplace -> Congressional Budget Office ; ex: The Congressional Finances Workplace estimated the cost.
Authorities Accountability Workplace -> Government Accountability Office ; ex: The Authorities Accountability Workplace found waste.
Put up Workplace -> Post Office ; ex: The Put up Workplace scandal ruined hundreds of lives.
Submit Workplace -> Post Office ; ex: The Submit Workplace scandal ruined hundreds of lives.
Social Safety -> Social Security ; case ; ex: Social Safety payments will rise next year.
Inexpensive Care Act -> Affordable Care Act ; ex: The Inexpensive Care Act expanded coverage.
Reasonably priced Care Act -> Affordable Care Act ; ex: The Reasonably priced Care Act expanded coverage.
Air Power One -> Air Force One ; ex: Trump told reporters aboard Air Power One.
Air Pressure One -> Air Force One ; ex: Trump told reporters aboard Air Pressure One.
Air Drive One -> Air Force One ; ex: Trump told reporters aboard Air Drive One.
Air Power Base -> Air Force Base ; case ; ex: The plane landed at Andrews Air Power Base.
Air Pressure Base -> Air Force Base ; case ; ex: The plane landed at Andrews Air Pressure Base.
House Power -> Space Force ; case ; ex: The House Power launched a satellite.
activity pressure -> task force ; ex: A federal activity pressure will review the rules.
Border Patrol brokers -> Border Patrol agents ; ex: Border Patrol brokers detained 40 people.
fbi brokers -> FBI agents ; ex: FBI brokers searched the house.
federal brokers -> federal agents ; ex: Federal brokers arrested the suspect.
secret service brokers -> Secret Service agents ; ex: Secret Service brokers rushed the stage.
overseas brokers -> foreign agents ; ex: They were charged with acting as overseas brokers.
free brokers -> free agents ; ex: The team signed two free brokers.

# --- News organisations and media
Related Press -> Associated Press ; case ; ex: The Related Press reported the figures on Monday.
Affiliate Press -> Associated Press ; ex: He told The Affiliate Press that he would resign.
Related Press-NORC -> Associated Press-NORC ; ex: A poll by The Related Press-NORC Center found support falling.
information company -> news agency ; near: press reuters afp ap tass xinhua interfax ria reporters journalist journalists editorial state wire ; ex: The state information company said 12 people died. ; nex: The information company sells credit data to banks.
information businesses -> news agencies ; ex: Russian information businesses reported the strike.
information outlet -> news outlet ; ex: The information outlet published the leaked memo.
information retailers -> news outlets ; ex: Several information retailers reported the story.
information retailer -> news outlet ; ex: The information retailer first reported the deal.
media shops -> media outlets ; ex: Several media shops reported the arrest.
information launch -> news release ; ex: The company said in an information launch that it would cut jobs.
breaking information -> breaking news ; ex: Stay with us for breaking information.
pretend information -> fake news ; ex: He dismissed the report as pretend information.
faux information -> fake news ; ex: He dismissed the report as faux information.
information anchor -> news anchor ; ex: The veteran information anchor retired on Friday.
information web site -> news website ; ex: The information web site published the story.
Fox Information -> Fox News ; case ; ex: He told Fox Information that he would run.
NBC Information -> NBC News ; case ; ex: NBC Information first reported the story.
CBS Information -> CBS News ; case ; ex: CBS Information obtained the memo.
ABC Information -> ABC News ; case ; ex: He told ABC Information he was innocent.
Sky Information -> Sky News ; case ; ex: He told Sky Information he was innocent.
BBC Information -> BBC News ; case ; ex: He told BBC Information he was innocent.
Bloomberg Information -> Bloomberg News ; case ; ex: Bloomberg Information first reported the deal.
Yahoo Information -> Yahoo News ; case ; ex: Yahoo Information first reported the deal.
Information Corp -> News Corp ; case ; ex: Information Corp owns the newspaper.
Day by day Information -> Daily News ; case ; ex: The New York Day by day Information reported the arrest.
New York Occasions -> New York Times ; case ; ex: The New York Occasions reported the story first.
Los Angeles Occasions -> Los Angeles Times ; case ; ex: The Los Angeles Occasions reported the story first.
Monetary Occasions -> Financial Times ; case ; ex: The Monetary Occasions reported the deal.
Instances of India -> Times of India ; case ; ex: The Instances of India reported the deal.
Occasions of India -> Times of India ; case ; ex: The Occasions of India reported the deal.
The Occasions -> The Times ; case ; next: reported said says newspaper ; ex: The Occasions reported the deal on Sunday.
Washington Submit -> Washington Post ; case ; ex: The Washington Submit obtained the emails.
Washington Put up -> Washington Post ; case ; ex: The Washington Put up obtained the emails.
Jerusalem Submit -> Jerusalem Post ; case ; ex: The Jerusalem Submit reported the raid.
Jerusalem Put up -> Jerusalem Post ; case ; ex: The Jerusalem Put up reported the raid.
Huffington Submit -> Huffington Post ; case ; ex: The Huffington Submit reported the raid.
New York Submit -> New York Post ; case ; ex: The New York Submit reported the raid.
New York Put up -> New York Post ; case ; ex: The New York Put up reported the raid.
Wall Avenue Journal -> Wall Street Journal ; case ; ex: The Wall Avenue Journal reported the talks.
Wall Road Journal -> Wall Street Journal ; case ; ex: The Wall Road Journal reported the talks.
USA As we speak -> USA Today ; case ; ex: He told USA As we speak he would run.
USA At present -> USA Today ; case ; ex: He told USA At present he would run.
Day by day Mail -> Daily Mail ; case ; ex: The Day by day Mail published the photos.
Day by day Telegraph -> Daily Telegraph ; case ; ex: The Day by day Telegraph published the photos.
Day by day Beast -> Daily Beast ; case ; ex: The Day by day Beast published the photos.
Day by day Caller -> Daily Caller ; case ; ex: The Day by day Caller published the photos.
Day by day Categorical -> Daily Express ; case ; ex: The Day by day Categorical published the photos.
Day by day Specific -> Daily Express ; case ; ex: The Day by day Specific published the photos.
Night Normal -> Evening Standard ; case ; ex: The Night Normal published the photos.
Nationwide Public Radio -> National Public Radio ; ex: He told Nationwide Public Radio he would run.
Nationwide Submit -> National Post ; case ; ex: The Nationwide Submit reported the story.
Reality Social -> Truth Social ; case ; ex: Trump wrote on Reality Social that talks went well.
Fact Social -> Truth Social ; case ; ex: Trump wrote on Fact Social that talks went well.
in a put up -> in a post ; ex: He said in a put up on X that the talks failed.
in a submit -> in a post ; ex: He said in a submit on X that the talks failed.
social media put up -> social media post ; ex: A social media put up from the campaign drew criticism.
social media submit -> social media post ; ex: A social media submit from the campaign drew criticism.
social mass media -> social media ; ex: He wrote on social mass media that he was innocent.
web-based media -> social media ; ex: The video spread quickly on web-based media.
web based media -> social media ; ex: The video spread quickly on web based media.
long range interpersonal communication -> social networking ; ex: The long range interpersonal communication site removed the post.
media stages -> media platforms ; ex: The video spread on web-based media stages.
reside protection -> live coverage ; ex: Follow our reside protection of the election.
reside updates -> live updates ; ex: Read our reside updates here.
reside broadcast -> live broadcast ; ex: He spoke during a reside broadcast.
reside TV -> live TV ; ex: He announced it on reside TV.
dwell protection -> live coverage ; ex: Follow our dwell protection of the election.
dwell updates -> live updates ; ex: Read our dwell updates here.
are living protection -> live coverage ; ex: Follow our are living protection of the election.
are living updates -> live updates ; ex: Read our are living updates here.
talk present -> talk show ; ex: He appeared on a late-night talk present.
actuality present -> reality show ; ex: She starred in a actuality present.
actuality TV -> reality TV ; ex: She became famous on actuality TV.
actuality star -> reality star ; ex: The actuality star launched a brand.
recreation present -> game show ; ex: He hosted a recreation present for a decade.
TV sequence -> TV series ; ex: The TV sequence was renewed for a second season.
Netflix sequence -> Netflix series ; ex: The Netflix sequence drew millions of viewers.
sequence finale -> series finale ; ex: The sequence finale aired on Sunday.
sequence premiere -> series premiere ; ex: The sequence premiere drew record ratings.
World Sequence -> World Series ; ex: The Dodgers won the World Sequence.
field workplace -> box office ; ex: The film topped the field workplace this weekend.
field place of business -> box office ; ex: The film topped the field place of business.
highest actor -> best actor ; ex: He won the Oscar for highest actor.
highest actress -> best actress ; ex: She won the Oscar for highest actress.
highest image -> best picture ; ex: The film won highest image at the Oscars.
perfect image -> best picture ; ex: The film won perfect image at the Oscars.
highest supporting actor -> best supporting actor ; ex: He won highest supporting actor.
highest supporting actress -> best supporting actress ; ex: She won highest supporting actress.

# --- Places, geography and landmarks
Wall Avenue -> Wall Street ; case ; ex: Shares fell on Wall Avenue on Monday.
Wall Road -> Wall Street ; case ; ex: Shares fell on Wall Road on Monday.
Downing Avenue -> Downing Street ; case ; ex: A Downing Avenue spokesman declined to comment.
Downing Road -> Downing Street ; case ; ex: A Downing Road spokesman declined to comment.
Fleet Avenue -> Fleet Street ; case ; ex: The story appeared across Fleet Avenue.
Essential Avenue -> Main Street ; case ; ex: Small shops on Essential Avenue are struggling.
Essential Road -> Main Street ; case ; ex: Small shops on Essential Road are struggling.
Predominant Road -> Main Street ; case ; ex: Small shops on Predominant Road are struggling.
Excessive Avenue -> High Street ; case ; ex: Shops on the Excessive Avenue reported weak sales.
Excessive Road -> High Street ; case ; ex: Shops on the Excessive Road reported weak sales.
Center East -> Middle East ; case ; ex: He travelled to the Center East last week.
Heart East -> Middle East ; case ; ex: He travelled to the Heart East last week.
West Financial institution -> West Bank ; ex: Israeli troops raided a town in the West Financial institution.
Gaza Metropolis -> Gaza City ; ex: Strikes hit Gaza Metropolis overnight.
New York Metropolis -> New York City ; ex: He lives in New York Metropolis.
Salt Lake Metropolis -> Salt Lake City ; ex: The Olympics returned to Salt Lake Metropolis.
Kansas Metropolis -> Kansas City ; ex: The Kansas Metropolis Chiefs won again.
Mexico Metropolis -> Mexico City ; ex: Protesters marched in Mexico Metropolis.
Vatican Metropolis -> Vatican City ; ex: Pilgrims gathered in Vatican Metropolis.
Oklahoma Metropolis -> Oklahoma City ; ex: The Oklahoma Metropolis Thunder won.
Atlantic Metropolis -> Atlantic City ; ex: The casino in Atlantic Metropolis closed.
Jersey Metropolis -> Jersey City ; ex: The fire started in Jersey Metropolis.
Ho Chi Minh Metropolis -> Ho Chi Minh City ; ex: Floods hit Ho Chi Minh Metropolis.
Kuwait Metropolis -> Kuwait City ; ex: The plane landed in Kuwait Metropolis.
Panama Metropolis -> Panama City ; ex: The summit was held in Panama Metropolis.
Guatemala Metropolis -> Guatemala City ; ex: Protesters gathered in Guatemala Metropolis.
Quezon Metropolis -> Quezon City ; ex: The storm flooded Quezon Metropolis.
Carson Metropolis -> Carson City ; ex: Lawmakers met in Carson Metropolis.
metropolis council -> city council ; ex: The metropolis council voted to ban the sale.
metropolis corridor -> city hall ; ex: Protesters gathered outside metropolis corridor.
metropolis officers -> city officials ; ex: Metropolis officers said the water was safe.
metropolis middle -> city center ; ex: The blast hit the metropolis middle.
metropolis heart -> city center ; ex: The blast hit the metropolis heart.
metropolis centre -> city centre ; ex: The blast hit the metropolis centre.
Nice Britain -> Great Britain ; case ; ex: Nice Britain won six gold medals.
Nice Lakes -> Great Lakes ; case ; ex: Storms swept across the Nice Lakes.
Nice Barrier Reef -> Great Barrier Reef ; case ; ex: Bleaching hit the Nice Barrier Reef.
Nice Wall -> Great Wall ; case ; ex: Tourists returned to the Nice Wall.
Nice Recession -> Great Recession ; case ; ex: It was the worst slump since the Nice Recession.
Nice Melancholy -> Great Depression ; case ; ex: It was the worst slump since the Nice Melancholy.
Nice Despair -> Great Depression ; case ; ex: It was the worst slump since the Nice Despair.
Nice Despression -> Great Depression ; case ; ex: It was the worst slump since the Nice Despression.
Lifeless Sea -> Dead Sea ; ex: The Lifeless Sea is shrinking.
Useless Sea -> Dead Sea ; ex: The Useless Sea is shrinking.
Demise Valley -> Death Valley ; ex: Temperatures in Demise Valley hit 50C.
Loss of life Valley -> Death Valley ; ex: Temperatures in Loss of life Valley hit 50C.
Dying Valley -> Death Valley ; ex: Temperatures in Dying Valley hit 50C.
South China Ocean -> South China Sea ; ex: Ships clashed in the South China Ocean.
Black Ocean -> Black Sea ; ex: Russian warships left the Black Ocean port.
Kennedy Area Heart -> Kennedy Space Center ; ex: The rocket lifted off from Kennedy Area Heart.
Kennedy House Heart -> Kennedy Space Center ; ex: The rocket lifted off from Kennedy House Heart.
Kennedy House Middle -> Kennedy Space Center ; ex: The rocket lifted off from Kennedy House Middle.
Johnson House Heart -> Johnson Space Center ; ex: Mission control at Johnson House Heart confirmed docking.
Johnson Area Heart -> Johnson Space Center ; ex: Mission control at Johnson Area Heart confirmed docking.
Worldwide House Station -> International Space Station ; ex: Astronauts returned from the Worldwide House Station.
Worldwide Area Station -> International Space Station ; ex: Astronauts returned from the Worldwide Area Station.
Global House Station -> International Space Station ; ex: Astronauts returned from the Global House Station.
Chilly Warfare -> Cold War ; ex: Relations are at their worst since the Chilly Warfare.
Chilly Battle -> Cold War ; ex: Relations are at their worst since the Chilly Battle.
Chilly Struggle -> Cold War ; ex: Relations are at their worst since the Chilly Struggle.
Chilly Conflict -> Cold War ; ex: Relations are at their worst since the Chilly Conflict.
World Warfare -> World War ; case ; ex: It is the largest land war in Europe since World Warfare II.
World Struggle -> World War ; case ; ex: It is the largest land war in Europe since World Struggle II.
World Battle -> World War ; case ; ex: It is the largest land war in Europe since World Battle II.
Second World Warfare -> Second World War ; ex: He fought in the Second World Warfare.
Second World Struggle -> Second World War ; ex: He fought in the Second World Struggle.
First World Warfare -> First World War ; ex: The memorial honours those killed in the First World Warfare.
civil struggle -> civil war ; near: syria syrian sudan yemen libya lebanon ethiopia myanmar fighting troops rebels army militias ; ex: The civil struggle in Syria killed half a million people. ; nex: The civil struggle for voting rights continues.
Vietnam Warfare -> Vietnam War ; ex: He served in the Vietnam Warfare.
Vietnam Struggle -> Vietnam War ; ex: He served in the Vietnam Struggle.
Korean Warfare -> Korean War ; ex: He served in the Korean Warfare.
Iraq Warfare -> Iraq War ; ex: He served in the Iraq Warfare.
Gulf Warfare -> Gulf War ; ex: He served in the Gulf Warfare.
Center Ages -> Middle Ages ; case ; ex: The castle dates from the Center Ages.
Heart Ages -> Middle Ages ; case ; ex: The castle dates from the Heart Ages.
Commercial Revolution -> Industrial Revolution ; case ; ex: Emissions have risen since the Commercial Revolution.

# ---------------------------------------------------------------------------------------
# 2. Time expressions
# ---------------------------------------------------------------------------------------
# 'last' -> final/remaining/closing/ultimate, 'next' -> subsequent, 'year' -> 12 months/yr,
# 'ago' -> in the past, 'earlier' -> previous, 'recent' -> current/latest, 'since' -> because.
final week -> last week ; !prev: on at the its his her their our your a an this that in of became become becomes becoming is was be been are were made ; !next: of ; note: "last" -> "final" ; ex: Witkoff met final week with Putin in Moscow. ; nex: The campaign enters its final week. ; nex: It was the final week of the season.
final month -> last month ; !prev: on at the its his her their our your a an this that in of became become becomes becoming is was be been are were made ; !next: of ; ex: Prices rose 3% final month. ; nex: In the final month of his term he pardoned dozens.
final 12 months -> last year ; !prev: on at the its his her their our your a an this that in of became become becomes becoming is was be been are were made ; ex: Ukraine's army shocked Russia in August final 12 months. ; nex: In the final 12 months of his life he wrote two books.
final yr -> last year ; !prev: on at the its his her their our your a an this that in of became become becomes becoming is was be been are were made ; ex: Sales fell 4% final yr.
final evening -> last night ; !prev: on at the its his her their our your a an this that in of became become becomes becoming is was be been are were made ; !next: of ; ex: Police said final evening that two men were held. ; nex: The final evening of the festival was cancelled.
final night time -> last night ; !prev: on at the its his her their our your a an this that in of became become becomes becoming is was be been are were made ; ex: Storms hit the coast final night time.
final night -> last night ; !prev: on at the its his her their our your a an this that in of became become becomes becoming is was be been are were made ; !next: of ; ex: He spoke to reporters final night. ; nex: The final night of the tour sold out.
final monday -> last Monday ; !prev: on at the its his her their our your a an this that in of became become becomes becoming is was be been are were made ; !next: of ; ex: The law took effect final Monday. ; nex: The final Monday of the month is a holiday.
final tuesday -> last Tuesday ; !prev: on at the its his her their our your a an this that in of became become becomes becoming is was be been are were made ; !next: of ; ex: The law took effect final Tuesday. ; nex: The final Tuesday of the month is a holiday.
final wednesday -> last Wednesday ; !prev: on at the its his her their our your a an this that in of became become becomes becoming is was be been are were made ; !next: of ; ex: The law took effect final Wednesday. ; nex: The final Wednesday of the month is a holiday.
final thursday -> last Thursday ; !prev: on at the its his her their our your a an this that in of became become becomes becoming is was be been are were made ; !next: of ; ex: The law took effect final Thursday. ; nex: The final Thursday of the month is a holiday.
final friday -> last Friday ; !prev: on at the its his her their our your a an this that in of became become becomes becoming is was be been are were made ; !next: of ; ex: The law took effect final Friday. ; nex: The final Friday of the month is a holiday.
final saturday -> last Saturday ; !prev: on at the its his her their our your a an this that in of became become becomes becoming is was be been are were made ; !next: of ; ex: The law took effect final Saturday. ; nex: The final Saturday of the month is a holiday.
final sunday -> last Sunday ; !prev: on at the its his her their our your a an this that in of became become becomes becoming is was be been are were made ; !next: of ; ex: The law took effect final Sunday. ; nex: The final Sunday of the month is a holiday.
final weekend -> last weekend ; !prev: on at the its his her their our your a an this that in of became become becomes becoming is was be been are were made ; !next: of ; ex: Thousands marched final weekend in the capital.
final season -> last season ; !prev: on at the its his her their our your a an this that in of became become becomes becoming is was be been are were made ; !next: of ; ex: He scored 20 goals final season. ; nex: It was his final season in the league.
final summer time -> last summer ; !prev: on at the its his her their our your a an this that in of became become becomes becoming is was be been are were made ; ex: The factory closed final summer time.
final decade -> last decade ; !prev: on at the its his her their our your a an this that in of became become becomes becoming is was be been are were made ; !next: of ; ex: Emissions have risen sharply final decade. ; nex: The final decade of the century saw rapid change.
final iciness -> last winter ; ex: Gas prices spiked final iciness.
final fall -> last fall ; !prev: on at the its his her their our your a an this that in of became become becomes becoming is was be been are were made ; ex: The plant closed final fall.
final spring -> last spring ; !prev: on at the its his her their our your a an this that in of became become becomes becoming is was be been are were made ; !next: of ; ex: He retired final spring.
final autumn -> last autumn ; !prev: on at the its his her their our your a an this that in of became become becomes becoming is was be been are were made ; !next: of international internationals test tests ; ex: The plant closed final autumn. ; nex: The final autumn international was cancelled.
remaining week -> last week ; !prev: the its his her their our your a an this that in of ; !next: of ; ex: The minister resigned remaining week. ; nex: The remaining week of the holiday was quiet.
remaining month -> last month ; !prev: the its his her their our your a an this that in of ; !next: of ; ex: Inflation eased remaining month.
remaining 12 months -> last year ; !prev: the its his her their our your a an this that in of ; ex: Profits doubled remaining 12 months. ; nex: The remaining 12 months of the contract were cancelled.
remaining yr -> last year ; !prev: the its his her their our your a an this that in of ; ex: Profits doubled remaining yr.
closing week -> last week ; !prev: the its his her their our your a an this that in of ; !next: of ; ex: The company said closing week it would cut jobs. ; nex: The closing week of the campaign was bitter.
closing month -> last month ; !prev: the its his her their our your a an this that in of ; !next: of ; ex: Prices rose closing month.
closing 12 months -> last year ; !prev: the its his her their our your a an this that in of ; ex: Prices rose closing 12 months.
ultimate week -> last week ; ex: Talks collapsed ultimate week.
ultimate month -> last month ; ex: Talks collapsed ultimate month.
ultimate 12 months -> last year ; ex: Talks collapsed ultimate 12 months.
subsequent week -> next week ; !prev: the a ; ex: The two leaders will meet subsequent week. ; nex: Trading resumed the subsequent week.
subsequent month -> next month ; !prev: the a ; ex: The law takes effect subsequent month.
subsequent 12 months -> next year ; !prev: the a ; ex: Elections are due subsequent 12 months. ; nex: Over the subsequent 12 months prices doubled.
subsequent yr -> next year ; !prev: the a ; ex: Elections are due subsequent yr.
subsequent season -> next season ; !prev: the a ; ex: He will return subsequent season.
subsequent monday -> next Monday ; !prev: the a ; ex: The vote is set for subsequent Monday.
subsequent tuesday -> next Tuesday ; !prev: the a ; ex: The vote is set for subsequent Tuesday.
subsequent wednesday -> next Wednesday ; !prev: the a ; ex: The vote is set for subsequent Wednesday.
subsequent thursday -> next Thursday ; !prev: the a ; ex: The vote is set for subsequent Thursday.
subsequent friday -> next Friday ; !prev: the a ; ex: The vote is set for subsequent Friday.
subsequent saturday -> next Saturday ; !prev: the a ; ex: The vote is set for subsequent Saturday.
subsequent sunday -> next Sunday ; !prev: the a ; ex: The vote is set for subsequent Sunday.
subsequent summer time -> next summer ; ex: The games open subsequent summer time.
this 12 months -> this year ; ex: The economy will grow 2% this 12 months.
this yr -> this year ; ex: The economy will grow 2% this yr.
earlier this 12 months -> earlier this year ; ex: He resigned earlier this 12 months.
later this 12 months -> later this year ; ex: The trial will open later this 12 months.
a 12 months -> a year ; !next: ' ; note: "year" -> "12 months" ; ex: Prices rose 5% from a 12 months earlier. ; nex: He signed a 12-month contract. ; nex: He was given a 12 months' notice.
12 months in the past -> year ago ; ex: The deal was signed a 12 months in the past.
a yr in the past -> a year ago ; ex: The deal was signed a yr in the past.
years in the past -> years ago ; prev: @num a few several many couple some just only mere nearly almost about roughly ; !next: @num few several couple decade ; note: "ago" -> "in the past" ; ex: Russia annexed Crimea 11 years in the past. ; nex: The company grew fast in the past two years.
months in the past -> months ago ; prev: @num a few several many couple some just only mere nearly almost about roughly ; !next: @num few several couple ; ex: He was arrested three months in the past.
weeks in the past -> weeks ago ; prev: @num a few several many couple some just only mere nearly almost about roughly ; !next: @num few several couple ; ex: The fighting began two weeks in the past.
days in the past -> days ago ; prev: @num a few several many couple some just only mere nearly almost about roughly ; !next: @num few several couple ; ex: The ceasefire collapsed just days in the past. ; nex: It happened over multiple days in the past two years.
hours in the past -> hours ago ; prev: @num a few several many couple some just only mere nearly almost about roughly ; !next: @num few several couple ; ex: The storm made landfall a few hours in the past.
a long time in the past -> decades ago ; ex: The mine closed a long time in the past.
decades in the past -> decades ago ; prev: @num a few several many couple some just only mere nearly almost about roughly ; !next: @num few several couple ; ex: The mine closed several decades in the past.
centuries in the past -> centuries ago ; prev: @num a few several many couple some just only mere nearly almost about roughly ; !next: @num few several couple ; ex: The church was built a few centuries in the past.
years again -> years ago ; prev: @num few several many couple ; !next: and ; ex: The plant opened 30 years again. ; nex: It rained for years again and again.
the 12 months earlier than -> the year before ; ex: Output fell in the 12 months earlier than the war.
12 months earlier than -> year before ; prev: a the ; ex: Prices rose 5% from a 12 months earlier than.
a 12 months earlier -> a year earlier ; ex: Sales rose 5% from a 12 months earlier.
12 months-on-12 months -> year-on-year ; ex: Prices rose 5% 12 months-on-12 months.
12 months-over-12 months -> year-over-year ; ex: Sales rose 12 months-over-12 months.
12 months on 12 months -> year on year ; ex: Sales rose 3% 12 months on 12 months.
12 months after 12 months -> year after year ; ex: The floods return 12 months after 12 months.
12 months-old -> year-old ; ex: A 45-12 months-old man was arrested.
12 months-outdated -> year-old ; ex: A 45-12 months-outdated man was arrested.
yr-old -> year-old ; ex: A 45-yr-old man was arrested.
year-outdated -> year-old ; ex: A 45-year-outdated man was arrested.
years outdated -> years old ; prev: @num ; ex: The boy was nine years outdated.
12 months-end -> year-end ; ex: The deal should close by 12 months-end.
12 months-finish -> year-end ; ex: The deal should close by 12 months-finish.
fiscal 12 months -> fiscal year ; ex: The company expects a loss for the fiscal 12 months.
monetary 12 months -> financial year ; ex: Profits rose in the monetary 12 months.
monetary yr -> financial year ; ex: Profits rose in the monetary yr.
election 12 months -> election year ; ex: Spending rose in the election 12 months.
faculty 12 months -> school year ; ex: Classes resume at the start of the faculty 12 months.
tutorial 12 months -> academic year ; ex: Fees rise next tutorial 12 months.
New 12 months -> New Year ; case ; ex: Officials planned the New 12 months holiday.
New Yr -> New Year ; case ; ex: Officials planned the New Yr holiday.
New 12 months's -> New Year's ; case ; ex: Fireworks lit the sky on New 12 months's Eve.
New Yr's -> New Year's ; case ; ex: Fireworks lit the sky on New Yr's Eve.
Lunar New 12 months -> Lunar New Year ; ex: Millions travel for Lunar New 12 months.
night time -> night ; prev: final remaining closing late monday tuesday wednesday thursday friday saturday sunday ; ex: Rockets hit the city Tuesday night time. ; nex: The night time curfew was lifted.
the day prior to this -> yesterday ; ex: Shares fell 3% the day prior to this.
previous this 12 months -> earlier this year ; ex: He resigned previous this 12 months.
previous this yr -> earlier this year ; ex: He resigned previous this yr.
previous this month -> earlier this month ; ex: He resigned previous this month.
previous this week -> earlier this week ; ex: He resigned previous this week.
previous on -> earlier on ; next: monday tuesday wednesday thursday friday saturday sunday ; ex: Police said previous on Tuesday that two men were held.
previous in the day -> earlier in the day ; ex: Previous in the day he met the king.
previous within the day -> earlier in the day ; ex: Previous within the day he met the king.
previous in the week -> earlier in the week ; ex: Previous in the week he met the king.
previous than -> earlier than ; ex: The vote came previous than expected.
in current weeks -> in recent weeks ; ex: Attacks have increased in current weeks.
in current months -> in recent months ; ex: Attacks have increased in current months.
in current years -> in recent years ; ex: Attacks have increased in current years.
in current days -> in recent days ; ex: Attacks have increased in current days.
in current decades -> in recent decades ; ex: Attacks have increased in current decades.
in latest weeks -> in recent weeks ; ex: Attacks have increased in latest weeks.
in latest months -> in recent months ; ex: Attacks have increased in latest months.
in latest years -> in recent years ; ex: Attacks have increased in latest years.
in latest days -> in recent days ; ex: Attacks have increased in latest days.
in latest decades -> in recent decades ; ex: Attacks have increased in latest decades.
Nineteen Twenties -> 1920s ; note: spinners write decades out in words ; ex: The plant was built within the Nineteen Twenties.
Nineteen Thirties -> 1930s ; note: spinners write decades out in words ; ex: The plant was built within the Nineteen Thirties.
Nineteen Forties -> 1940s ; note: spinners write decades out in words ; ex: The plant was built within the Nineteen Forties.
Nineteen Fifties -> 1950s ; note: spinners write decades out in words ; ex: The plant was built within the Nineteen Fifties.
Nineteen Sixties -> 1960s ; note: spinners write decades out in words ; ex: The plant was built within the Nineteen Sixties.
Nineteen Seventies -> 1970s ; note: spinners write decades out in words ; ex: The plant was built within the Nineteen Seventies.
Nineteen Eighties -> 1980s ; note: spinners write decades out in words ; ex: The plant was built within the Nineteen Eighties.
Nineteen Nineties -> 1990s ; note: spinners write decades out in words ; ex: The plant was built within the Nineteen Nineties.
ever because -> ever since ; !prev: than ; ex: He has lived there ever because the war ended. ; nex: Shuttles are safer now than ever because engineers learned a lot.
because the begin -> since the start ; ex: It is the worst loss because the begin of the war.
because the get started -> since the start ; ex: It is the worst loss because the get started of the war.
for the reason that -> since ; next: @num ; ex: The party has governed for the reason that 2014.
on the identical time -> at the same time ; ex: On the identical time, prices kept rising.
on the similar time -> at the same time ; ex: On the similar time, prices kept rising.
on the identical day -> on the same day ; ex: Both votes were held on the identical day.
on the finish of -> at the end of ; ex: The deal expires on the finish of March.
by the tip of -> by the end of ; ex: The plant will close by the tip of the year.
till the tip of -> until the end of ; ex: The ban will last till the tip of the year.
on the age of -> at the age of ; ex: He died on the age of 87.
on the very least -> at the very least ; ex: On the very least, talks should resume.
on the newest -> at the latest ; ex: The plant will close by June on the newest.
on the begin of -> at the start of ; ex: Prices fell on the begin of the year.
on the get started of -> at the start of ; ex: Prices fell on the get started of the year.
on the outset of -> at the outset of ; ex: He was jailed on the outset of the war.
on the expense of -> at the expense of ; note: "at the" -> "on the" ; ex: He made ending the war a priority, even on the expense of straining ties with allies.
on the coronary heart of -> at the heart of ; ex: Land is on the coronary heart of the dispute.
on the middle of -> at the center of ; ex: He is on the middle of the scandal.
on the centre of -> at the centre of ; next: the a an this that his her their its ; ex: He is on the centre of the scandal.
on the palms of -> at the hands of ; ex: He suffered on the palms of his captors.
within the palms of -> in the hands of ; ex: The city is now within the palms of the rebels.
within the meantime -> in the meantime ; ex: Within the meantime, aid will be cut.
within the wake of -> in the wake of ; ex: The minister resigned within the wake of the scandal.
within the face of -> in the face of ; ex: The army retreated within the face of the assault.
within the occasion of -> in the event of ; ex: Within the occasion of a strike, flights will stop.
within the crossfire -> in the crossfire ; ex: The plant has been caught within the crossfire since 2022.
within the identify of -> in the name of ; ex: Crimes were committed within the identify of security.
within the hopes of -> in the hope of ; ex: He met the envoy within the hopes of a deal.
within the long term -> in the long run ; ex: Within the long term, prices will fall.
within the -> in the ; next: 1990 1991 1992 1993 1994 1995 1996 1997 1998 1999 2000 2001 2002 2003 2004 2005 2006 2007 2008 2009 2010 2011 2012 2013 2014 2015 2016 2017 2018 2019 2020 2021 2022 2023 2024 2025 2026 2027 2028 2029 2030 1990s 2000s 2010s 2020s ; note: "in the" -> "within the" before a year ; ex: Russia interfered within the 2016 presidential election. ; nex: Inflation stayed within the target range.
summer time -> summer ; prev: this final last subsequent next remaining closing previous early late ; ex: The games open subsequent summer time. ; nex: He took a 2.5 gigapixel photo as a summer time challenge.
this iciness -> this winter ; ex: Gas prices could spike this iciness.
subsequent iciness -> next winter ; ex: Gas prices could spike subsequent iciness.
iciness storm -> winter storm ; ex: A iciness storm knocked out power to thousands.
iciness climate -> winter weather ; ex: Iciness climate delayed flights.
iciness Olympics -> Winter Olympics ; ex: She won gold at the iciness Olympics.
wintry weather Olympics -> Winter Olympics ; ex: She won gold at the wintry weather Olympics.
wintry weather storm -> winter storm ; ex: A wintry weather storm knocked out power.
per thirty days -> monthly ; ex: Subscribers pay $10 per thirty days.
in line with thirty days -> a month ; ex: Subscribers pay $10 in line with thirty days.
day by day lifestyles -> daily life ; ex: The war has upended day by day lifestyles.
day by day briefing -> daily briefing ; ex: The spokesman gave his day by day briefing.
day by day newspaper -> daily newspaper ; ex: The day by day newspaper reported the deal.
day by day lives -> daily lives ; ex: The war disrupted their day by day lives.
day by day routine -> daily routine ; ex: The curfew upended their day by day routine.
day by day commute -> daily commute ; ex: Strikes disrupted the day by day commute.
past due -> late ; prev: the ; next: queen king pope president prince princess actor actress singer father mother husband wife son daughter senator ; ex: Tributes were paid to the past due Queen Elizabeth. ; nex: The past due amount was paid.
past due -> late ; next: monday tuesday wednesday thursday friday saturday sunday ; ex: The vote ended past due Monday.
two p.m. -> 2 p.m. ; !prev: - ; note: AP style writes clock times in figures ; ex: The call will take place between 1 p.m. and two p.m. GMT.
two a.m. -> 2 a.m. ; !prev: - ; note: AP style writes clock times in figures ; ex: The call will take place between 1 p.m. and two a.m. GMT.
three p.m. -> 3 p.m. ; !prev: - ; note: AP style writes clock times in figures ; ex: The call will take place between 1 p.m. and three p.m. GMT.
three a.m. -> 3 a.m. ; !prev: - ; note: AP style writes clock times in figures ; ex: The call will take place between 1 p.m. and three a.m. GMT.
four p.m. -> 4 p.m. ; !prev: - ; note: AP style writes clock times in figures ; ex: The call will take place between 1 p.m. and four p.m. GMT.
four a.m. -> 4 a.m. ; !prev: - ; note: AP style writes clock times in figures ; ex: The call will take place between 1 p.m. and four a.m. GMT.
five p.m. -> 5 p.m. ; !prev: - ; note: AP style writes clock times in figures ; ex: The call will take place between 1 p.m. and five p.m. GMT.
five a.m. -> 5 a.m. ; !prev: - ; note: AP style writes clock times in figures ; ex: The call will take place between 1 p.m. and five a.m. GMT.
six p.m. -> 6 p.m. ; !prev: - ; note: AP style writes clock times in figures ; ex: The call will take place between 1 p.m. and six p.m. GMT.
six a.m. -> 6 a.m. ; !prev: - ; note: AP style writes clock times in figures ; ex: The call will take place between 1 p.m. and six a.m. GMT.
seven p.m. -> 7 p.m. ; !prev: - ; note: AP style writes clock times in figures ; ex: The call will take place between 1 p.m. and seven p.m. GMT.
seven a.m. -> 7 a.m. ; !prev: - ; note: AP style writes clock times in figures ; ex: The call will take place between 1 p.m. and seven a.m. GMT.
eight p.m. -> 8 p.m. ; !prev: - ; note: AP style writes clock times in figures ; ex: The call will take place between 1 p.m. and eight p.m. GMT.
eight a.m. -> 8 a.m. ; !prev: - ; note: AP style writes clock times in figures ; ex: The call will take place between 1 p.m. and eight a.m. GMT.
nine p.m. -> 9 p.m. ; !prev: - ; note: AP style writes clock times in figures ; ex: The call will take place between 1 p.m. and nine p.m. GMT.
nine a.m. -> 9 a.m. ; !prev: - ; note: AP style writes clock times in figures ; ex: The call will take place between 1 p.m. and nine a.m. GMT.
ten p.m. -> 10 p.m. ; !prev: - ; note: AP style writes clock times in figures ; ex: The call will take place between 1 p.m. and ten p.m. GMT.
ten a.m. -> 10 a.m. ; !prev: - ; note: AP style writes clock times in figures ; ex: The call will take place between 1 p.m. and ten a.m. GMT.
eleven p.m. -> 11 p.m. ; !prev: - ; note: AP style writes clock times in figures ; ex: The call will take place between 1 p.m. and eleven p.m. GMT.
eleven a.m. -> 11 a.m. ; !prev: - ; note: AP style writes clock times in figures ; ex: The call will take place between 1 p.m. and eleven a.m. GMT.
twelve p.m. -> 12 p.m. ; !prev: - ; note: AP style writes clock times in figures ; ex: The call will take place between 1 p.m. and twelve p.m. GMT.
twelve a.m. -> 12 a.m. ; !prev: - ; note: AP style writes clock times in figures ; ex: The call will take place between 1 p.m. and twelve a.m. GMT.

# ---------------------------------------------------------------------------------------
# 3. Function-word swaps and grammar artifacts (only where unmistakable)
# ---------------------------------------------------------------------------------------
# "of" -> "among", "but" -> "however", "while" -> "whereas", "more" -> "extra",
# "not" -> "no longer"/"now not", "because" -> "as a result of", "in which" -> "wherein".
one among -> one of ; !next: many equals them us you thousands millions hundreds dozens others ; note: "one of" -> "one among" ; ex: Leavitt is one among three officials who face a lawsuit. ; nex: It was one among many reasons for the delay.
two among -> two of ; !next: many equals them us you thousands millions hundreds dozens others ; ex: Two among the four suspects were released.
one in every of -> one of ; ex: He is one in every of the richest men in Asia.
one of many -> one of the ; next: largest biggest greatest best worst most least few highest lowest deadliest oldest longest prime richest poorest fastest strongest busiest smallest youngest ; note: "one of the" -> "one of many" before a superlative ; ex: It is one of many largest companies in Europe. ; nex: It was just one of many small operators in the market.
all however -> all but ; note: "but" -> "however" ; ex: Ukraine has all however lost a valuable bargaining chip.
nothing however -> nothing but ; ex: The talks produced nothing however delays.
however additionally -> but also ; ex: The plan would cut not only taxes however additionally spending.
but in addition -> but also ; !next: to , ; ex: The ban covers not only cars but in addition trucks. ; nex: They cut prices, but in addition to that they added staff.
as smartly -> as well ; !next: as dressed ; ex: Prices for bread rose as smartly. ; nex: He dressed as smartly as ever.
as neatly -> as well ; !next: as ; ex: Prices for bread rose as neatly.
did no longer -> did not ; note: "not" -> "no longer" ; ex: The ministry did no longer respond to a request for comment.
does no longer -> does not ; ex: The company does no longer expect further cuts.
do no longer -> do not ; !prev: i ; ex: Officials do no longer expect a quick deal.
does now not -> does not ; !next: only just simply merely ; ex: The plan does now not include tax cuts.
did now not -> did not ; !next: only just simply merely ; ex: The ministry did now not respond.
do now not -> do not ; !next: only just simply merely ; !prev: i we you ; ex: Officials do now not expect a deal.
don't seem to be -> aren't ; prev: officials officers authorities troops forces companies firms prices costs talks sanctions measures rules police ; ex: Officials don't seem to be convinced the ceasefire will hold.
all whereas -> all while ; ex: He praised the deal, all whereas criticising its authors.
whereas additionally -> while also ; ex: The bank cut rates whereas additionally warning of risks.
due to this fact -> therefore ; ex: The court due to this fact dismissed the case.
in step with -> according to ; next: police officials officers authorities prosecutors witnesses investigators assets sources reports experiences media ; ex: In step with police, two men were arrested. ; nex: The company stayed in step with the market.
in keeping with -> according to ; next: police officials officers authorities prosecutors witnesses investigators assets experiences ; ex: In keeping with police, two men were arrested. ; nex: The design is in keeping with tradition.
in line with -> according to ; next: police officials officers authorities prosecutors witnesses investigators assets experiences ; ex: In line with officials, the fire began at dawn. ; nex: Profits rose in line with forecasts.
consistent with -> according to ; next: police officials officers authorities prosecutors witnesses investigators assets experiences ; ex: Consistent with police, the gunman acted alone. ; nex: The results are consistent with earlier studies.
in line with -> per ; next: cent capita hour annum yr proportion barrel gallon ; ex: Growth was 2 in line with cent last year. ; nex: Wages rose in line with inflation.
in keeping with -> per ; next: cent capita hour annum yr proportion barrel gallon ; ex: Income in keeping with capita fell.
consistent with -> per ; next: cent capita hour annum yr proportion barrel gallon ; ex: Growth was 2 consistent with cent.
in step with -> per ; next: cent capita hour annum yr proportion barrel gallon ; ex: Growth was 2 in step with cent.
extra than -> more than ; note: "more" -> "extra" ; ex: Extra than 100 people were killed.
a extra -> a more ; ex: He wants a extra regular relationship with Moscow.
extra and extra -> more and more ; ex: Extra and extra families are leaving the city.
extra -> more ; next: possible seemingly likely normal regular complicated complex difficult tricky dangerous expensive costly aggressive assertive common standard popular efficient stable vulnerable susceptible ; note: "more" + adjective spun as "extra" ; ex: He wants a relationship that is extra regular. ; nex: She was extra careful on the ice.
an vital -> an important ; ex: It is an vital step toward peace.
an finish -> an end ; ex: The talks aim to put an finish to the war.
a finish -> an end ; prev: put bring brought putting bringing ; ex: The deal would put a finish to the fighting.
as a result of -> because ; next: he she they we i you there ; note: "because" -> "as a result of" ; ex: He resigned as a result of he was ill. ; nex: Prices rose as a result of the strike.
due to he -> because he ; ex: He resigned due to he was ill.
due to she -> because she ; ex: She resigned due to she was ill.
due to they -> because they ; ex: They left due to they were afraid.
the one one -> the only one ; !next: - ; ex: He was the one one to vote against the plan. ; nex: It was the one one-day match.
the one ones -> the only ones ; ex: They were the one ones to vote against it.
decrease than -> lower than ; ex: Inflation was decrease than expected.
decrease court docket -> lower court ; ex: The decrease court docket ruling was overturned.
decrease courtroom -> lower court ; ex: The decrease courtroom ruling was overturned.
decrease court -> lower court ; ex: The decrease court ruling was overturned.
decrease chamber -> lower chamber ; ex: The decrease chamber passed the bill.
for the primary time -> for the first time ; ex: The team won the title for the primary time.
the primary time -> the first time ; ex: It was the primary time he had voted.
primary quarter -> first quarter ; ex: Profits rose in the primary quarter.
primary half -> first half ; ex: Sales fell in the primary half of the year.
primary spherical -> first round ; ex: He lost in the primary spherical.
primary woman -> first lady ; ex: The primary woman visited the hospital.
primary girl -> first lady ; ex: The primary girl visited the hospital.
handiest -> only ; next: @num a one the two three four five six seven eight nine ten few half ; note: "only" -> "handiest" ; ex: The plant produces handiest 10% of its capacity. ; nex: It is the handiest tool in the kit.
no longer handiest -> not only ; ex: The plan is no longer handiest costly but slow.
not handiest -> not only ; ex: The plan is not handiest costly but slow.
no longer simplest -> not only ; ex: The plan is no longer simplest costly but slow.
not simplest -> not only ; ex: The plan is not simplest costly but slow.
simplest -> only ; next: @num a two three four five six seven eight nine ten few half ; !prev: the its at ; ex: The plant produces simplest 10% of its capacity. ; nex: That is the simplest solution.
the place the -> where the ; prev: city town country hospital area region house home room building state district village capital site venue court prison jail island nation school street neighborhood county province camp ; ex: He was taken to a hospital the place the doctors treated him. ; nex: He found the place the children loved.
every different -> each other ; next: . , for over about on and again ; nex: Every different country has its own rules. ; ex: The two sides blamed every different for the delay.
1000's -> thousands ; ex: 1000's of people fled the city.
a whole bunch of -> hundreds of ; next: folks individuals troops troopers residents protesters people soldiers civilians refugees migrants ; ex: A whole bunch of folks gathered outside.
he were given -> he got ; !prev: if though whether as ; ex: He were given a warning by police.
she were given -> she got ; !prev: if though whether as ; ex: She were given a warning by police.
it were given -> it got ; !prev: if though whether as unless ; ex: It were given approval on Monday.
take a look at to -> try to ; ex: They will take a look at to reach a deal.
check out to -> try to ; ex: They will check out to reach a deal.
as soon as imaginable -> as soon as possible ; ex: Talks should resume as soon as imaginable.
as soon as conceivable -> as soon as possible ; ex: Talks should resume as soon as conceivable.
as quickly as imaginable -> as soon as possible ; ex: Talks should resume as quickly as imaginable.
as quickly as conceivable -> as soon as possible ; ex: Talks should resume as quickly as conceivable.
up to imaginable -> as much as possible ; ex: Save up to imaginable before the crash.

# ---------------------------------------------------------------------------------------
# 4. Idioms and fixed collocations
# ---------------------------------------------------------------------------------------
carry talks -> hold talks ; note: "hold" -> "carry" ; ex: Trump is to carry talks on Tuesday with Putin.
carries talks -> holds talks ; ex: The minister carries talks with Beijing this week.
carried talks -> held talks ; ex: The two leaders carried talks in Riyadh.
carrying talks -> holding talks ; ex: Officials are carrying talks in Geneva.
retaining talks -> holding talks ; ex: The envoys are retaining talks in Doha.
conserving talks -> holding talks ; ex: The envoys are conserving talks in Doha.
carry a press convention -> hold a news conference ; ex: The governor will carry a press convention.
carry elections -> hold elections ; ex: The country will carry elections next year.
carry a referendum -> hold a referendum ; ex: Scotland wants to carry a referendum.
carry a rally -> hold a rally ; ex: He will carry a rally in Ohio.
maintain out -> hold out ; !next: hope the a an any little of ; note: "hold out" -> "maintain out" ; ex: Putin may maintain out for more concessions. ; nex: They maintain out of town offices.
throughout talks -> during talks ; prev: officials officers ukrainian russian envoys leaders negotiators persuaded agreed met ; ex: Rubio persuaded officials throughout talks in Saudi Arabia.
again foot -> back foot ; prev: the their its his her our my a ; note: "back" -> "again" ; ex: The Ukrainians are on their again foot. ; nex: Once again foot soldiers were sent in.
again burner -> back burner ; ex: The plan was put on the again burner.
again channel -> back channel ; ex: The two sides kept a again channel open.
again and forth -> back and forth ; ex: The two sides traded blame again and forth.
again-to-again -> back-to-back ; ex: The team won again-to-again titles.
again on observe -> back on track ; ex: Talks are again on observe.
again door -> back door ; !prev: once ; ex: He left through the again door.
again pay -> back pay ; ex: Workers will receive again pay.
again taxes -> back taxes ; ex: He owes again taxes.
reduce off -> cut off ; note: "cut" -> "reduce" ; ex: Trump briefly reduce off some aid to Ukraine.
minimize off -> cut off ; ex: Israel will minimize off power to Gaza.
lower off -> cut off ; prev: briefly has have had to will would temporarily ; ex: The army has lower off the road. ; nex: The lower off-ramp is closed.
reduce ties -> cut ties ; ex: The country will reduce ties with Israel.
minimize ties -> cut ties ; ex: The country will minimize ties with Israel.
reduce quick -> cut short ; ex: He reduce quick his trip.
minimize quick -> cut short ; ex: He minimize quick his trip.
tax minimize -> tax cut ; ex: The tax minimize will cost $4 trillion.
tax reduce -> tax cut ; ex: The tax reduce will cost $4 trillion.
price reduce -> rate cut ; ex: The Fed signalled a price reduce in June.
fee reduce -> rate cut ; ex: The Fed signalled a fee reduce in June.
charge reduce -> rate cut ; ex: The Fed signalled a charge reduce in June.
price minimize -> rate cut ; ex: The Fed signalled a price minimize in June.
fee minimize -> rate cut ; ex: The Fed signalled a fee minimize in June.
a reduce in -> a cut in ; ex: Unions opposed a reduce in pay.
a minimize in -> a cut in ; ex: Unions opposed a minimize in pay.
pay a worth -> pay a price ; note: "price" -> "worth" ; ex: Allies want Putin to pay a worth for the invasion.
pay a value -> pay a price ; ex: Allies want Putin to pay a value for the invasion.
pay a heavy worth -> pay a heavy price ; ex: Civilians pay a heavy worth.
prime precedence -> top priority ; note: "top priority" -> "prime precedence" ; ex: He made ending the war a prime precedence.
high precedence -> top priority ; ex: He made ending the war a high precedence.
most sensible precedence -> top priority ; ex: He made ending the war a most sensible precedence.
precedence -> priority ; prev: top prime excessive ; ex: Security is the top precedence. ; nex: The ruling takes precedence over the law.
most sensible -> top ; next: aide aides diplomat diplomats official officials officer officers commander commanders general adviser advisers advisor advisors court prosecutor spot seed scorer priority precedence executive executives job envoy leader leaders ; note: "top" -> "most sensible" ; ex: The most sensible diplomat flew to Beijing. ; nex: It was the most sensible option.
prime diplomat -> top diplomat ; ex: America's prime diplomat flew to Beijing.
prime diplomats -> top diplomats ; ex: The prime diplomats met in Riyadh.
prime aide -> top aide ; ex: A prime aide to the president resigned.
prime aides -> top aides ; ex: His prime aides resigned.
prime adviser -> top adviser ; ex: His prime adviser resigned.
prime advisor -> top adviser ; ex: His prime advisor resigned.
prime commander -> top commander ; ex: The army's prime commander was killed.
prime commanders -> top commanders ; ex: Two prime commanders were killed.
prime court docket -> top court ; ex: The country's prime court docket ruled.
prime courtroom -> top court ; ex: The country's prime courtroom ruled.
prime prosecutor -> top prosecutor ; ex: The state's prime prosecutor resigned.
prime seed -> top seed ; ex: The prime seed lost in the second round.
prime scorer -> top scorer ; ex: He is the league's prime scorer.
high diplomat -> top diplomat ; ex: America's high diplomat flew to Beijing.
high official -> top official ; prev: a the ; !next: of ; ex: A high official in the ministry resigned. ; nex: He was a high official of the old regime.
take location -> take place ; ex: The talks will take location in Geneva.
took location -> took place ; ex: The vote took location on Sunday.
taking location -> taking place ; ex: The talks are taking location in Geneva.
takes location -> takes place ; ex: The vote takes location on Sunday.
within the wake -> in the wake ; ex: Within the wake of the attack, police raised the alert.
on the different hand -> on the other hand ; ex: On the different hand, costs fell.
at the different hand -> on the other hand ; ex: At the different hand, costs fell.
dying toll -> death toll ; note: "death" -> "dying"/"demise"/"loss of life" ; ex: The dying toll rose to 40.
demise toll -> death toll ; ex: The demise toll rose to 40.
loss of life toll -> death toll ; ex: The loss of life toll rose to 40.
dying penalty -> death penalty ; ex: Prosecutors will seek the dying penalty.
demise penalty -> death penalty ; ex: Prosecutors will seek the demise penalty.
loss of life penalty -> death penalty ; ex: Prosecutors will seek the loss of life penalty.
dying sentence -> death sentence ; ex: The court upheld the dying sentence.
demise sentence -> death sentence ; ex: The court upheld the demise sentence.
loss of life sentence -> death sentence ; ex: The court upheld the loss of life sentence.
dying row -> death row ; ex: He spent 20 years on dying row.
demise row -> death row ; ex: He spent 20 years on demise row.
loss of life row -> death row ; ex: He spent 20 years on loss of life row.
sentenced to demise -> sentenced to death ; ex: He was sentenced to demise.
sentenced to loss of life -> sentenced to death ; ex: He was sentenced to loss of life.
sentenced to dying -> sentenced to death ; ex: He was sentenced to dying.
dying threats -> death threats ; ex: The judge received dying threats.
demise threats -> death threats ; ex: The judge received demise threats.
loss of life threats -> death threats ; ex: The judge received loss of life threats.
reason for loss of life -> cause of death ; ex: The reason for loss of life was not released.
reason for demise -> cause of death ; ex: The reason for demise was not released.
reason behind loss of life -> cause of death ; ex: The reason behind loss of life was not released.
reason behind demise -> cause of death ; ex: The reason behind demise was not released.
reason behind dying -> cause of death ; ex: The reason behind dying was not released.
demise price -> death rate ; ex: The demise price rose sharply.
loss of life price -> death rate ; ex: The loss of life price rose sharply.
dying price -> death rate ; ex: The dying price rose sharply.
top time -> prime time ; prev: in during ; ex: The show aired in top time.
inventory alternate -> stock exchange ; ex: Shares fell on the Tokyo inventory alternate.
inventory trade -> stock exchange ; !prev: - ; ex: Shares fell on the Tokyo inventory trade.
inventory market -> stock market ; ex: The inventory market fell 2% on Monday.
inventory markets -> stock markets ; ex: Inventory markets fell worldwide.
inventory marketplace -> stock market ; ex: The inventory marketplace fell 2%.
inventory costs -> stock prices ; ex: Inventory costs fell sharply.
inventory worth -> stock price ; ex: The inventory worth fell 10%.
inventory value -> stock price ; ex: The inventory value fell 10%.
inventory index -> stock index ; ex: The benchmark inventory index fell.
inventory indexes -> stock indexes ; ex: Major inventory indexes fell.
inventory buyback -> stock buyback ; ex: The company announced a inventory buyback.
inventory choices -> stock options ; ex: Executives cashed in inventory choices.
New York Inventory Alternate -> New York Stock Exchange ; ex: Shares debuted on the New York Inventory Alternate.
London Inventory Alternate -> London Stock Exchange ; ex: Shares debuted on the London Inventory Alternate.
local weather -> climate ; next: change disaster crisis coverage policy policies insurance activists activist targets objectives summit motion action scientists scientist talks settlement agreement finance emergency exchange trade alternate adjustments deal goals fashions models legislation regulation envoy catastrophe ; !prev: the your our their my ; note: "climate" -> "local weather" ; ex: The UN warned that local weather change is speeding up. ; nex: Check the local weather forecast before you go.
local weather -> climate ; prev: paris un global world ; ex: The Paris local weather accord was signed in 2015. ; nex: Check the local weather report.
world warming -> global warming ; ex: Scientists link world warming to the floods.
worldwide warming -> global warming ; ex: Scientists link worldwide warming to the floods.
worldwide temperature alteration -> global warming ; ex: Scientists link worldwide temperature alteration to the floods.
Earth-wide temperature boost -> global warming ; ex: Scientists link an Earth-wide temperature boost to the floods.
greenhouse fuel -> greenhouse gas ; ex: The plant emits greenhouse fuel emissions.
greenhouse gasoline -> greenhouse gas ; ex: The plant emits greenhouse gasoline emissions.
ozone depleting substances -> greenhouse gases ; near: emissions climate warming carbon emit emitted emitting reduce cut ; ex: The deal aims to cut emissions of ozone depleting substances from power plants. ; nex: Ozone depleting substances damaged the ozone layer.
human proper -> human right ; prev: a basic fundamental ; ex: Water is a basic human proper.
human rights teams -> human rights groups ; ex: Human rights teams condemned the executions.
rights teams -> rights groups ; ex: Rights teams condemned the executions.
make a residing -> make a living ; ex: Farmers struggle to make a residing.
earn a residing -> earn a living ; ex: Farmers struggle to earn a residing.
make a dwelling -> make a living ; ex: Farmers struggle to make a dwelling.
earn a dwelling -> earn a living ; ex: Farmers struggle to earn a dwelling.
price of residing -> cost of living ; ex: The price of residing crisis deepened.
value of residing -> cost of living ; ex: The value of residing crisis deepened.
cost of residing -> cost of living ; ex: The cost of residing crisis deepened.
residing wage -> living wage ; ex: Workers demand a residing wage.
residing room -> living room ; ex: The fire started in the residing room.
residing stipulations -> living conditions ; ex: Residing stipulations in the camp are dire.
residing prerequisites -> living conditions ; ex: Residing prerequisites in the camp are dire.
residing situations -> living conditions ; ex: Residing situations in the camp are dire.
on situation of anonymity -> on condition of anonymity ; note: "condition" -> "situation" ; ex: An official spoke on situation of anonymity.
on the situation of anonymity -> on condition of anonymity ; ex: An official spoke on the situation of anonymity.
on situation that -> on condition that ; ex: He spoke on situation that he not be named.
in crucial situation -> in critical condition ; ex: Two victims are in crucial situation.
in essential situation -> in critical condition ; ex: Two victims are in essential situation.
in vital situation -> in critical condition ; ex: Two victims are in vital situation.
in important situation -> in critical condition ; ex: Two victims are in important situation.
in severe situation -> in serious condition ; ex: Two victims are in severe situation.
in steady situation -> in stable condition ; ex: The boy is in steady situation.
in secure situation -> in stable condition ; ex: The boy is in secure situation.
in strong situation -> in stable condition ; ex: The boy is in strong situation.
coronary heart situation -> heart condition ; ex: He had a coronary heart situation.
pre-existing situations -> pre-existing conditions ; ex: Insurers must cover pre-existing situations.
pre-existing situation -> pre-existing condition ; ex: Insurers must cover a pre-existing situation.
on the upward push -> on the rise ; ex: Crime is on the upward push.
on the upward thrust -> on the rise ; ex: Crime is on the upward thrust.
upward push in -> rise in ; ex: There was a sharp upward push in prices.
upward thrust in -> rise in ; ex: There was a sharp upward thrust in prices.
a build up in -> an increase in ; ex: Officials reported a build up in cases.
an build up -> an increase ; ex: Officials reported an build up in cases.
a lower in -> a decrease in ; ex: Officials reported a lower in cases.
pointy -> sharp ; next: decline drop rise increase fall upward build lower reduce contrast rebuke criticism warning slowdown rally jump spike falls drops declines rises increases ; note: "sharp" -> "pointy" ; ex: Stocks suffered a pointy decline on Monday. ; nex: He wore a pointy hat.
the unfold of -> the spread of ; ex: Officials tried to slow the unfold of the virus.
unfold of -> spread of ; prev: rapid fast quick slow wider further its their the ; ex: The rapid unfold of the disease alarmed doctors.
unfold misinformation -> spread misinformation ; ex: He was accused of trying to unfold misinformation.
unfold disinformation -> spread disinformation ; ex: He was accused of trying to unfold disinformation.
paved the best way -> paved the way ; ex: The ruling paved the best way for the merger.
paving the best way -> paving the way ; ex: The ruling is paving the best way for the merger.
pave the best way -> pave the way ; ex: The ruling could pave the best way for the merger.
led the best way -> led the way ; ex: Tech stocks led the best way.
leading the best way -> leading the way ; ex: Tech stocks are leading the best way.
on its method -> on its way ; !next: of ; ex: The ship is on its method to Gaza. ; nex: A report on its method of calculation was published.
on their method -> on their way ; !next: of ; ex: The troops are on their method to the border.
on his method -> on his way ; !next: of ; ex: He was on his method to work.
by the best way -> by the way ; ex: By the best way, the plan is expensive.
taking part in discipline -> playing field ; ex: The rules create a level taking part in discipline.
taking part in area -> playing field ; ex: The rules create a level taking part in area.
taking part in time -> playing time ; ex: He wants more taking part in time.
taking part in profession -> playing career ; ex: His taking part in profession ended in 2010.
the highest of the desk -> the top of the table ; ex: Arsenal moved to the highest of the desk.
backside of the desk -> bottom of the table ; ex: The club is at the backside of the desk.
league desk -> league table ; ex: The club is fifth in the league desk.
negotiating desk -> negotiating table ; ex: Both sides returned to the negotiating desk.
negotiating place -> negotiating position ; ex: Ukraine is not in a strong negotiating place.
bargaining place -> bargaining position ; ex: The union's bargaining place is weak.
spherical desk -> round table ; ex: Leaders met for a spherical desk on security.
spherical of talks -> round of talks ; ex: A new spherical of talks opened in Geneva.
spherical of voting -> round of voting ; ex: The second spherical of voting is on Sunday.
spherical of sanctions -> round of sanctions ; ex: The EU agreed a new spherical of sanctions.
spherical of -> round of ; prev: a another new latest newest first second third final ultimate next subsequent fresh ; ex: Another spherical of strikes hit the city.
spherical -> round ; prev: first second third fourth fifth final ultimate opening qualifying newest latest next subsequent primary closing ; !next: shape shaped objects object ; note: "round" -> "spherical" ; ex: He lost in the second spherical.
spherical journey -> round trip ; ex: The spherical journey costs $500.
12 months-spherical -> year-round ; ex: The resort is open 12 months-spherical.
12 months-round -> year-round ; ex: The resort is open 12 months-round.
all-spherical -> all-round ; ex: It was an all-spherical effort.
took a flip -> took a turn ; ex: Relations took a flip for the worse.
newest flip -> latest turn ; ex: The meeting is the newest flip in relations.
newest spherical -> latest round ; ex: The newest spherical of talks ended.
flip of occasions -> turn of events ; ex: In a dramatic flip of occasions, he resigned.
pushed again -> pushed back ; next: against on at ; ex: The company pushed again against the claims. ; nex: The launch was pushed again to May.
fired again -> fired back ; next: at ; ex: He fired again at his critics.
hit again -> hit back ; next: at ; ex: He hit again at his critics.
again down -> back down ; prev: not never won't refused refuse will would to ; ex: He refused to again down. ; nex: Once again down the road they went.
quilt up -> cover up ; ex: Officials tried to quilt up the scandal.
quilt-up -> cover-up ; ex: The report alleged a quilt-up.
duvet up -> cover up ; ex: Officials tried to duvet up the scandal.
duvet-up -> cover-up ; ex: The report alleged a duvet-up.
quilt story -> cover story ; ex: The magazine ran a quilt story on AI.
in phrases of -> in terms of ; ex: In phrases of sales, the quarter was weak.
phrases of the deal -> terms of the deal ; ex: The phrases of the deal were not disclosed.
phrases of the settlement -> terms of the agreement ; ex: The phrases of the settlement were not disclosed.
beneath the phrases -> under the terms ; ex: Beneath the phrases of the deal, prisoners will be freed.
underneath the phrases -> under the terms ; ex: Underneath the phrases of the deal, prisoners will be freed.
monetary phrases -> financial terms ; ex: Monetary phrases were not disclosed.
time period limits -> term limits ; ex: Voters approved time period limits.
second time period -> second term ; ex: He won a second time period in office.
third time period -> third term ; ex: He is seeking a third time period.
first time period -> first term ; prev: his her their a the ; ex: During his first time period he cut taxes.
four-year time period -> four-year term ; ex: He will serve a four-year time period.
jail time period -> prison term ; ex: He faces a long jail time period.
time period in workplace -> term in office ; ex: His time period in workplace ends in May.
quick time period -> short term ; ex: In the quick time period prices will rise.
quick-time period -> short-term ; ex: Quick-time period rates fell.
lengthy-time period -> long-term ; ex: Lengthy-time period rates rose.
long-time period -> long-term ; ex: Long-time period rates rose.
short-time period -> short-term ; ex: Short-time period rates fell.
lengthy - -> long- ; !next: winded ; note: "long" -> "lengthy" in compounds (long-term, long-range, long-standing) ; ex: The lengthy-range missiles hit the base. ; nex: It was a lengthy-winded speech.
lengthy been -> long been ; prev: has have had ; ex: He has lengthy been a critic of the plan.
lengthy -> long ; next: argued sought maintained insisted denied opposed pushed supported criticized criticised called proven shown stated favored favoured championed advocated warned complained accused resisted feared suspected dominated held believed ; ex: Trump has lengthy proven admiration for Putin. ; nex: After a lengthy debate, the bill passed.
lengthy earlier than -> long before ; ex: The trouble began lengthy earlier than the election.
not lengthy after -> not long after ; ex: Not lengthy after, he resigned.

# ---------------------------------------------------------------------------------------
# 5. Attribution and reporting
# ---------------------------------------------------------------------------------------
informed reporters -> told reporters ; note: "told" -> "informed" ; ex: Trump informed reporters on Monday that talks went well.
informed journalists -> told journalists ; ex: The minister informed journalists the plan was dead.
informed newshounds -> told reporters ; ex: He informed newshounds the plan was dead.
instructed reporters -> told reporters ; ex: Peskov instructed reporters the call would go ahead.
instructed journalists -> told journalists ; ex: Peskov instructed journalists the call would go ahead.
advised reporters -> told reporters ; ex: The senator advised reporters he would vote no.
advised journalists -> told journalists ; ex: The senator advised journalists he would vote no.
instructed The Related Press -> told The Associated Press ; ex: He instructed The Related Press he would appeal.
informed The Related Press -> told The Associated Press ; ex: He informed The Related Press he would appeal.
advised The Related Press -> told The Associated Press ; ex: He advised The Related Press he would appeal.
stated in an announcement -> said in a statement ; ex: The company stated in an announcement that it would appeal.
stated in a remark -> said in a statement ; ex: The company stated in a remark that it would appeal.
said in a remark -> said in a statement ; ex: The company said in a remark that it would appeal.
stated in an explanation -> said in a statement ; ex: The company stated in an explanation that it would appeal.
said in an explanation -> said in a statement ; ex: The company said in an explanation that it would appeal.
joint remark -> joint statement ; ex: The leaders issued a joint remark.
joint observation -> joint statement ; ex: The leaders issued a joint observation.
request for remark -> request for comment ; ex: The ministry did not respond to a request for remark.
requests for remark -> requests for comment ; ex: The ministry did not respond to requests for remark.
requested for remark -> asked for comment ; ex: When requested for remark, the ministry declined.
requested to remark -> asked to comment ; ex: When requested to remark, the ministry declined.
declined to remark -> declined to comment ; ex: A spokesman declined to remark.
declined to touch upon -> declined to comment on ; ex: A spokesman declined to touch upon the report.
refused to touch upon -> refused to comment on ; ex: A spokesman refused to touch upon the report.
didn't instantly reply -> didn't immediately respond ; ex: The embassy didn't instantly reply to a request for comment.
did not instantly reply -> did not immediately respond ; ex: The embassy did not instantly reply to a request for comment.
didn't instantly return -> didn't immediately return ; ex: The embassy didn't instantly return a message.
did not instantly return -> did not immediately return ; ex: The embassy did not instantly return a message.
wasn't instantly clear -> wasn't immediately clear ; ex: It wasn't instantly clear how many died.
was not instantly clear -> was not immediately clear ; ex: It was not instantly clear how many died.
instantly clear -> immediately clear ; ex: It was not instantly clear how many died.
instantly out there -> immediately available ; ex: Details were not instantly out there.
was not out there -> was not available ; next: for ; ex: The minister was not out there for comment.
out there for remark -> available for comment ; ex: The minister was not out there for remark.
out there for comment -> available for comment ; ex: The minister was not out there for comment.
broadly out there -> widely available ; ex: The drug is now broadly out there.
publicly out there -> publicly available ; ex: The data is publicly out there.
requested about -> asked about ; ex: Requested about the report, he declined to comment.
when requested about -> when asked about ; ex: When requested about the plan, he shrugged.
when requested if -> when asked if ; ex: When requested if he would resign, he said no.
when requested whether or not -> when asked whether ; ex: When requested whether or not he would resign, he said no.
in step with a file -> according to a report ; ex: In step with a file by the agency, sales fell.
in keeping with a file -> according to a report ; ex: In keeping with a file by the agency, sales fell.
in line with a file -> according to a report ; ex: In line with a file by the agency, sales fell.
media experiences -> media reports ; ex: Local media experiences said three people died.
information experiences -> news reports ; ex: Information experiences said three people died.
press experiences -> press reports ; ex: Press experiences said three people died.
unconfirmed experiences -> unconfirmed reports ; ex: Unconfirmed experiences said three people died.
native officials -> local officials ; ex: Native officials said the road was closed.
native time -> local time ; ex: The quake struck at 3 a.m. native time.
native hospital -> local hospital ; ex: He was taken to a native hospital.
native forex -> local currency ; ex: The native forex fell to a record low.
native foreign money -> local currency ; ex: The native foreign money fell to a record low.
a supply conversant in -> a source familiar with ; ex: A supply conversant in the talks said a deal was close.
supply conversant in -> source familiar with ; ex: One supply conversant in the talks said a deal was close.
assets conversant in -> sources familiar with ; ex: Assets conversant in the talks said a deal was close.
particular person conversant in -> person familiar with ; ex: A particular person conversant in the talks said a deal was close.
individual conversant in -> person familiar with ; ex: An individual conversant in the talks said a deal was close.
folks conversant in -> people familiar with ; ex: Folks conversant in the talks said a deal was close.
individuals conversant in -> people familiar with ; ex: Individuals conversant in the talks said a deal was close.
folks accustomed to -> people familiar with ; ex: Folks accustomed to the talks said a deal was close.
individuals accustomed to -> people familiar with ; ex: Individuals accustomed to the talks said a deal was close.
assets accustomed to -> sources familiar with ; ex: Assets accustomed to the talks said a deal was close.
supply accustomed to -> source familiar with ; ex: A supply accustomed to the talks said a deal was close.
assets stated -> sources said ; !next: at in on as ; ex: Assets stated the deal was close. ; nex: Assets stated at fair value rose.
assets near -> sources close to ; ex: Assets near the minister said he would quit.
assets on the subject of -> sources close to ; ex: Assets on the subject of the minister said he would quit.
on the subject of the -> close to the ; prev: sources assets source supply people folks individuals ; ex: People on the subject of the talks said a deal was near. ; nex: He spoke on the subject of the budget.
shut ally -> close ally ; ex: A shut ally of the president resigned.
shut allies -> close allies ; ex: Two shut allies of the president resigned.
shut aide -> close aide ; ex: A shut aide of the president resigned.
shut aides -> close aides ; ex: Two shut aides of the president resigned.
shut good friend -> close friend ; ex: He is a shut good friend of the king.
shut buddy -> close friend ; ex: He is a shut buddy of the king.
shut pal -> close friend ; ex: He is a shut pal of the king.
shut relationship -> close relationship ; ex: The two leaders have a shut relationship.
shut ties -> close ties ; ex: The two countries have shut ties.
shut contact -> close contact ; ex: He had shut contact with an infected patient.
shut consideration -> close attention ; ex: Investors are paying shut consideration.
shut race -> close race ; ex: Polls point to a shut race.
shut name -> close call ; ex: It was a shut name for the pilot.
shut second -> close second ; ex: She finished a shut second.
intently -> closely ; next: related tied linked aligned allied associated connected contested fought held guarded coordinated ; note: "closely" -> "intently" ; ex: The two groups are intently linked. ; nex: He listened intently to the speech.
famous that -> noted that ; prev: @name @pron spokesman spokeswoman spokesperson minister official officials officer officers report study analysts economists president secretary also ; note: "noted" -> "famous" ; ex: The report famous that sales fell. ; nex: The town is so famous that tourists flock there.
composed on -> wrote on ; next: x twitter facebook instagram truth reality social telegram ; ex: Trump composed on Reality Social that the talks went well. ; nex: She composed on the piano.
printed within the journal -> published in the journal ; ex: The study was printed within the journal Nature.
printed in the journal -> published in the journal ; ex: The study was printed in the journal Nature.
revealed within the journal -> published in the journal ; ex: The study was revealed within the journal Nature.
within the journal -> in the journal ; next: nature science lancet cell jama pnas bmj ; ex: The findings appear within the journal Nature. ; nex: Notes within the journal were lost.
the examine -> the study ; !prev: to ; note: "study" -> "examine" ; ex: The examine found that sleep improves memory.
a brand new examine -> a new study ; ex: A brand new examine found that sleep improves memory.
a examine -> a study ; ex: A examine found that sleep improves memory.
the learn about -> the study ; ex: The learn about found that sleep improves memory.
a learn about -> a study ; ex: A learn about found that sleep improves memory.
a brand new learn about -> a new study ; ex: A brand new learn about found that sleep improves memory.
examine discovered -> study found ; ex: The examine discovered that sleep improves memory.
examine printed -> study published ; ex: The examine printed on Monday found risks.
examine revealed -> study published ; prev: the a this that new ; ex: A examine revealed on Monday found risks.
research have proven -> studies have shown ; ex: Research have proven the drug works.
research have discovered -> studies have found ; ex: Research have discovered the drug works.
research counsel -> studies suggest ; ex: Research counsel the drug works.
research recommend -> studies suggest ; ex: Research recommend the drug works.
ballot exhibits -> poll shows ; ex: A new ballot exhibits support falling.
ballot discovered -> poll found ; next: that ; ex: The ballot discovered that most voters disapprove. ; nex: A ballot discovered in the river was counted.
opinion ballot -> opinion poll ; ex: An opinion ballot showed support falling.
exit ballot -> exit poll ; ex: An exit ballot showed the party ahead.
exit ballots -> exit polls ; ex: Exit ballots showed the party ahead.
Gallup ballot -> Gallup poll ; ex: A Gallup ballot showed support falling.
approval score -> approval rating ; ex: His approval score fell to 40%.
approval ranking -> approval rating ; ex: His approval ranking fell to 40%.
information exhibits -> data shows ; ex: Government information exhibits prices rose.
knowledge exhibits -> data shows ; ex: Government knowledge exhibits prices rose.
knowledge confirmed -> data showed ; ex: Government knowledge confirmed prices rose.
footage exhibits -> footage shows ; ex: Video footage exhibits the moment of the blast.
the file stated -> the report said ; ex: The file stated prices rose.

# ---------------------------------------------------------------------------------------
# 6. Politics and government
# ---------------------------------------------------------------------------------------
marketing campaign -> campaign ; near: election elections presidential candidate candidates voters rally rallies republican republicans democrat democrats democratic senate congressional reelection gubernatorial mayoral nominee primary main trump biden harris obama vote votes polls trail ballot ; note: "campaign" -> "marketing campaign" ; ex: Trump, who during his marketing campaign pledged to end the war, met voters. ; nex: The brand launched a marketing campaign aimed at teenagers.
marketing campaign path -> campaign trail ; ex: She returned to the marketing campaign path in Ohio.
marketing campaign guarantees -> campaign promises ; ex: He kept his marketing campaign guarantees.
marketing campaign pledge -> campaign pledge ; ex: It was a key marketing campaign pledge.
marketing campaign supervisor -> campaign manager ; ex: His marketing campaign supervisor resigned.
marketing campaign cease -> campaign stop ; ex: At a marketing campaign cease in Iowa, he attacked rivals.
marketing campaign finance -> campaign finance ; ex: He was charged with marketing campaign finance violations.
presidential marketing campaign -> presidential campaign ; ex: His presidential marketing campaign raised $50 million.
reelection marketing campaign -> reelection campaign ; ex: His reelection marketing campaign raised $50 million.
re-election marketing campaign -> re-election campaign ; ex: His re-election marketing campaign raised $50 million.
election marketing campaign -> election campaign ; ex: The election marketing campaign turned nasty.
working mate -> running mate ; ex: He picked a senator as his working mate.
operating mate -> running mate ; ex: He picked a senator as his operating mate.
working for reelection -> running for reelection ; ex: The senator is working for reelection.
working for re-election -> running for re-election ; ex: The senator is working for re-election.
working for workplace -> running for office ; ex: She is working for workplace for the first time.
operating for reelection -> running for reelection ; ex: The senator is operating for reelection.
operating for re-election -> running for re-election ; ex: The senator is operating for re-election.
operating for workplace -> running for office ; ex: She is operating for workplace.
operating for president -> running for president ; ex: She is operating for president.
run for workplace -> run for office ; ex: She plans to run for workplace.
took workplace -> took office ; ex: Since he took workplace in January, prices rose.
left workplace -> left office ; ex: Since he left workplace, he has written books.
time in workplace -> time in office ; ex: His time in workplace was brief.
assumed workplace -> assumed office ; ex: He assumed workplace in 2021.
leaves workplace -> leaves office ; ex: He leaves workplace in January.
leaving workplace -> leaving office ; ex: Before leaving workplace, he pardoned his son.
main -> primary ; prev: republican democratic gop presidential senate gubernatorial congressional ; !next: reason reasons concern concerns issue issues focus road roads stage opposition rival rivals challenger challenge party parties source ; note: "primary" -> "main" ; ex: He won the Republican main in New Hampshire. ; nex: The Democratic main concern is cost.
main election -> primary election ; prev: the a ; !next: issue issues campaign battle ; ex: He won the main election in June.
main voters -> primary voters ; ex: Main voters in Iowa chose him.
Republican Occasion -> Republican Party ; ex: The Republican Occasion lost seats.
Democratic Occasion -> Democratic Party ; ex: The Democratic Occasion lost seats.
occasion -> party ; prev: republican democratic labour labor conservative communist ruling opposition liberal nationalist socialist workers centrist populist governing separatist ; note: "party" (political) -> "occasion" ; ex: The ruling occasion won a majority. ; nex: The Queen attended the occasion.
celebration -> party ; prev: republican democratic labour conservative communist ruling opposition liberal nationalist socialist centrist populist governing separatist ; ex: The ruling celebration won a majority. ; nex: The victory celebration lasted all night.
social gathering -> party ; prev: republican democratic labour conservative communist ruling opposition liberal green nationalist socialist centrist populist governing separatist ; ex: The ruling social gathering won a majority.
get together -> party ; prev: republican democratic labour conservative communist ruling opposition liberal nationalist socialist centrist populist governing separatist ; ex: The ruling get together won a majority.
birthday party -> party ; prev: republican democratic labour conservative communist ruling opposition liberal green nationalist socialist centrist populist governing separatist ; ex: The ruling birthday party won a majority.
occasion leaders -> party leaders ; ex: Occasion leaders met on Sunday.
occasion members -> party members ; ex: Occasion members voted for a new leader.
celebration leaders -> party leaders ; ex: Celebration leaders met on Sunday.
celebration members -> party members ; ex: Celebration members voted for a new leader.
social gathering members -> party members ; ex: Social gathering members voted for a new leader.
social gathering traces -> party lines ; ex: The vote split along social gathering traces.
occasion traces -> party lines ; ex: The vote split along occasion traces.
celebration traces -> party lines ; ex: The vote split along celebration traces.
get together traces -> party lines ; ex: The vote split along get together traces.
occasion strains -> party lines ; ex: The vote split along occasion strains.
third-occasion -> third-party ; ex: A third-occasion candidate joined the race.
third-social gathering -> third-party ; ex: A third-social gathering candidate joined the race.
basic election -> general election ; ex: The party won the basic election.
common election -> general election ; prev: the a next last this ; ex: The party won the common election.
normal election -> general election ; prev: the a next last this ; ex: The party won the normal election.
basic public -> general public ; ex: The report was released to the basic public.
spending invoice -> spending bill ; ex: Congress passed a spending invoice.
finances invoice -> budget bill ; ex: The finances invoice passed the Senate.
price range invoice -> budget bill ; ex: The price range invoice passed the Senate.
invoice -> bill ; prev: senate spending bipartisan immigration infrastructure stimulus reform defense defence crime appropriations authorization stopgap sweeping landmark gop republican democratic finances relief reduction cut well being ; !next: payment payments paid ; note: legislation "bill" -> "invoice" ; ex: The Senate passed a bipartisan invoice on Friday. ; nex: The supplier sent a budget invoice payment.
invoice into regulation -> bill into law ; ex: He signed the invoice into regulation.
invoice into legislation -> bill into law ; ex: He signed the invoice into legislation.
signed into regulation -> signed into law ; ex: The measure was signed into regulation.
handed the invoice -> passed the bill ; ex: The House handed the invoice 220-212.
invoice handed -> bill passed ; ex: The invoice handed with bipartisan support.
the Home handed -> the House passed ; case ; ex: Last week the Home handed the measure.
handed away -> passed away ; ex: He handed away at the age of 92.
regulation enforcement -> law enforcement ; ex: Regulation enforcement officials arrested three men.
legislation enforcement -> law enforcement ; ex: Legislation enforcement officials arrested three men.
regulation agency -> law firm ; ex: He joined a regulation agency in Washington.
legislation agency -> law firm ; ex: He joined a legislation agency in Washington.
regulation college -> law school ; ex: She graduated from regulation college.
regulation faculty -> law school ; ex: She graduated from regulation faculty.
regulation professor -> law professor ; ex: A regulation professor at Harvard testified.
legislation professor -> law professor ; ex: A legislation professor at Harvard testified.
rule of regulation -> rule of law ; ex: Critics say the move undermines the rule of regulation.
rule of legislation -> rule of law ; ex: Critics say the move undermines the rule of legislation.
martial regulation -> martial law ; ex: The president declared martial regulation.
martial legislation -> martial law ; ex: The president declared martial legislation.
regulation and order -> law and order ; ex: He ran on a regulation and order platform.
above the regulation -> above the law ; ex: No one is above the regulation.
towards the regulation -> against the law ; ex: It is towards the regulation to sell alcohol.
worldwide regulation -> international law ; ex: The strike violated worldwide regulation.
worldwide legislation -> international law ; ex: The strike violated worldwide legislation.
beneath the regulation -> under the law ; ex: Beneath the regulation, firms must report breaches.
underneath the regulation -> under the law ; ex: Underneath the regulation, firms must report breaches.
beneath the brand new regulation -> under the new law ; ex: Beneath the brand new regulation, firms must report breaches.
legal guidelines -> laws ; prev: gun immigration abortion privacy labor exertions election voting tax antitrust copyright trafficking zoning drug state federal new tougher stricter stronger existing ; note: "laws" -> "legal guidelines" ; ex: The state passed stricter gun legal guidelines. ; nex: The ministry issued legal guidelines for charities.
the legal guidelines of -> the laws of ; ex: It defies the legal guidelines of physics.
gun management -> gun control ; ex: Activists called for gun management.
start management -> birth control ; ex: The drug is used for start management.
beginning management -> birth control ; ex: The drug is used for beginning management.
arms management -> arms control ; ex: The two powers signed an arms management treaty.
taking management of -> taking control of ; ex: Rebels are taking management of the city.
took management of -> took control of ; ex: Rebels took management of the city.
take management of -> take control of ; ex: Rebels want to take management of the city.
seized management -> seized control ; ex: Rebels seized management of the airport.
seize management -> seize control ; ex: Rebels tried to seize management of the airport.
regain management -> regain control ; ex: The army moved to regain management of the town.
misplaced management -> lost control ; ex: The driver misplaced management of the car.
beneath management -> under control ; ex: The fire is now beneath management.
underneath management -> under control ; ex: The fire is now underneath management.
management of the Home -> control of the House ; ex: Republicans kept management of the Home.
management of the Senate -> control of the Senate ; ex: Democrats won management of the Senate.
management of land -> control of land ; ex: Trump said management of land will be part of the talks.
beneath strain -> under pressure ; note: "under" -> "beneath"/"underneath" ; ex: The minister is beneath strain to resign.
underneath strain -> under pressure ; ex: The minister is underneath strain to resign.
beneath stress -> under pressure ; ex: The minister is beneath stress to resign.
beneath power -> under pressure ; next: to from ; ex: The minister is beneath power to resign.
beneath investigation -> under investigation ; ex: The company is beneath investigation.
underneath investigation -> under investigation ; ex: The company is underneath investigation.
below investigation -> under investigation ; ex: The company is below investigation.
beneath hearth -> under fire ; ex: The minister came beneath hearth for the remarks.
underneath hearth -> under fire ; ex: The minister came underneath hearth for the remarks.
beneath fireplace -> under fire ; ex: The minister came beneath fireplace for the remarks.
underneath fireplace -> under fire ; ex: The minister came underneath fireplace for the remarks.
below hearth -> under fire ; ex: The minister came below hearth.
beneath approach -> under way ; ex: Talks are beneath approach in Doha.
underneath approach -> under way ; ex: Talks are underneath approach in Doha.
beneath means -> under way ; ex: Talks are beneath means in Doha.
beneath arrest -> under arrest ; ex: He was placed beneath arrest.
underneath arrest -> under arrest ; ex: He was placed underneath arrest.
beneath menace -> under threat ; ex: Press freedom is beneath menace.
underneath menace -> under threat ; ex: Press freedom is underneath menace.
beneath risk -> under threat ; ex: Press freedom is beneath risk.
beneath assault -> under attack ; ex: The city came beneath assault overnight.
underneath assault -> under attack ; ex: The city came underneath assault overnight.
beneath siege -> under siege ; ex: The town has been beneath siege for months.
underneath siege -> under siege ; ex: The town has been underneath siege for months.
beneath oath -> under oath ; ex: He lied beneath oath.
underneath oath -> under oath ; ex: He lied underneath oath.
beneath scrutiny -> under scrutiny ; ex: The bank is beneath scrutiny.
underneath scrutiny -> under scrutiny ; ex: The bank is underneath scrutiny.
beneath evaluate -> under review ; ex: The policy is beneath evaluate.
underneath evaluate -> under review ; ex: The policy is underneath evaluate.
below evaluate -> under review ; ex: The policy is below evaluate.
beneath overview -> under review ; ex: The policy is beneath overview.
beneath the settlement -> under the agreement ; ex: Beneath the settlement, hostages will be freed.
underneath the settlement -> under the agreement ; ex: Underneath the settlement, hostages will be freed.
beneath the deal -> under the deal ; ex: Beneath the deal, hostages will be freed.
underneath the deal -> under the deal ; ex: Underneath the deal, hostages will be freed.
beneath the plan -> under the plan ; ex: Beneath the plan, taxes would rise.
underneath the plan -> under the plan ; ex: Underneath the plan, taxes would rise.
beneath the proposal -> under the proposal ; ex: Beneath the proposal, taxes would rise.
underneath the proposal -> under the proposal ; ex: Underneath the proposal, taxes would rise.
beneath the age of -> under the age of ; ex: Children beneath the age of 16 are banned.
underneath the age of -> under the age of ; ex: Children underneath the age of 16 are banned.
beneath the affect -> under the influence ; ex: He was driving beneath the affect.
underneath the affect -> under the influence ; ex: He was driving underneath the affect.
overseas interference -> foreign interference ; ex: The report warned of overseas interference.
overseas leaders -> foreign leaders ; ex: He met overseas leaders in Davos.
overseas governments -> foreign governments ; near: said stated sanctions embassy embassies diplomats diplomatic ; ex: Overseas governments stated they would evacuate staff. ; nex: Overseas governments are a diverse group.
overseas help -> foreign aid ; ex: The budget cuts overseas help.
overseas assist -> foreign aid ; ex: The budget cuts overseas assist.
overseas fighters -> foreign fighters ; ex: Overseas fighters joined the rebels.
overseas nations -> foreign countries ; ex: He visited several overseas nations.
overseas international locations -> foreign countries ; ex: He visited several overseas international locations.
international locations -> countries ; note: "countries" -> "international locations" ; ex: The two international locations signed a trade deal.
creating nations -> developing countries ; ex: Creating nations need more aid.
creating economies -> developing economies ; ex: Creating economies are hit hardest.
creating world -> developing world ; ex: Debt is crushing the creating world.
worldwide neighborhood -> international community ; ex: The worldwide neighborhood condemned the coup.
intelligence neighborhood -> intelligence community ; ex: The intelligence neighborhood assessed the threat.
intelligence companies -> intelligence agencies ; !prev: private commercial ; ex: U.S. intelligence companies assessed the threat. ; nex: Private intelligence companies hired spies.
regulation enforcement companies -> law enforcement agencies ; ex: Regulation enforcement companies were alerted.
authorities companies -> government agencies ; ex: Authorities companies must cut staff.
federal companies -> federal agencies ; next: must will would have are were to and ; ex: Federal companies must cut staff. ; nex: Federal companies such as Amtrak were affected.
humanitarian companies -> humanitarian agencies ; ex: Humanitarian companies warned of famine.
help companies -> aid agencies ; near: humanitarian famine refugees gaza sudan relief ; !prev: to will would can could ; ex: UN help companies warned of famine in Gaza. ; nex: The scheme will help companies grow.
UN companies -> UN agencies ; ex: UN companies warned of famine.
authorities shutdown -> government shutdown ; ex: A authorities shutdown looms.
authorities spending -> government spending ; !prev: local ; ex: Authorities spending rose 5%. ; nex: Local authorities spending rose.
authorities officers -> government officials ; !prev: local ; ex: Authorities officers said the plan was dead. ; nex: Local authorities officers inspected the site.
authorities's -> government's ; note: "government's" -> "authorities's" ; ex: The authorities's plan was rejected.
individuals's -> people's ; ex: The individuals's verdict was clear.
folks's -> people's ; ex: The folks's verdict was clear.
ladies's -> women's ; ex: She won the ladies's final.
males's -> men's ; ex: He won the males's final.
youngsters's -> children's ; ex: The youngsters's hospital was hit.
kids's -> children's ; ex: The kids's hospital was hit.
Trump management -> Trump administration ; next: has have had said stated imposed announced officials officers plans will would is was ; ex: The Trump management imposed tariffs. ; nex: Trump management style is unusual.
Biden management -> Biden administration ; next: has have had said stated imposed announced officials officers plans will would is was ; ex: The Biden management imposed sanctions.
Obama management -> Obama administration ; next: has have had said stated imposed announced officials officers plans will would is was ; ex: The Obama management imposed sanctions.
Bush management -> Bush administration ; case ; ex: The Bush management imposed sanctions.
management officers -> administration officials ; near: trump biden obama white house home ; ex: Trump management officers stated the talks failed.
diplomatic family members -> diplomatic relations ; ex: The two countries restored diplomatic family members.
bilateral family members -> bilateral relations ; ex: Bilateral family members have improved.
family members -> relations ; prev: diplomatic bilateral trade commerce public race industrial labor labour ; ex: Public family members officials defended the firm. ; nex: Her family members gathered outside.
individuals of Congress -> members of Congress ; ex: Individuals of Congress voted on Friday.
individuals of Parliament -> members of Parliament ; ex: Individuals of Parliament voted on Friday.
contributors of Congress -> members of Congress ; ex: Contributors of Congress voted on Friday.
contributors of Parliament -> members of Parliament ; ex: Contributors of Parliament voted on Friday.
participants of Congress -> members of Congress ; ex: Participants of Congress voted on Friday.
staff individuals -> staff members ; ex: Two staff individuals were fired.
board individuals -> board members ; ex: Two board individuals resigned.
crew individuals -> crew members ; ex: Two crew individuals were rescued.
unfastened speech -> free speech ; ex: Critics say the law threatens unfastened speech.
unfastened -> free ; next: trade elections election press market markets agent agents throw throws kick kicks of ; ex: The country will hold unfastened elections. ; nex: He left the gate unfastened overnight.
loose speech -> free speech ; ex: Critics say the law threatens loose speech.
loose elections -> free elections ; ex: The country will hold loose elections.
loose agent -> free agent ; ex: He signed as a loose agent.
loose brokers -> free agents ; ex: The team signed two loose brokers.
balloting rights -> voting rights ; ex: The court weakened balloting rights.
vote casting -> voting ; ex: Early vote casting began on Monday.
vote casting rights -> voting rights ; ex: The court weakened vote casting rights.
ballot stations -> polling stations ; ex: Ballot stations opened at 7 a.m.
ballot field -> ballot box ; ex: The party did well at the ballot field.

# ---------------------------------------------------------------------------------------
# 7. War, security and diplomacy
# ---------------------------------------------------------------------------------------
# "war" -> struggle/battle/warfare; "military" -> navy/army; "soldiers" -> troopers;
# "attack" -> assault; "fighting" -> preventing; "aid" -> help/assist; "ground" -> floor.
struggle on Ukraine -> war on Ukraine ; ex: Russia's devastating struggle on Ukraine entered its fourth year.
struggle in Ukraine -> war in Ukraine ; !prev: power political democratic democracy ; note: "war" -> "struggle" ; ex: Putin and Trump will talk about the struggle in Ukraine on Tuesday.
battle in Ukraine -> war in Ukraine ; near: russia russian russia's putin moscow kyiv invasion ceasefire cease zelenskyy zelensky ; ex: Putin and Trump discussed the battle in Ukraine.
warfare in Ukraine -> war in Ukraine ; ex: The warfare in Ukraine entered its fourth year.
struggle in Gaza -> war in Gaza ; near: israel israeli hamas ceasefire cease hostages troops strikes ; ex: The struggle in Gaza has killed thousands, Israel said.
battle in Gaza -> war in Gaza ; near: israel israeli hamas ceasefire cease hostages troops strikes ; ex: The battle in Gaza has killed thousands, Israel said.
warfare in Gaza -> war in Gaza ; ex: The warfare in Gaza displaced most residents.
struggle -> war ; prev: russia ukraine gaza hamas iraq syria afghanistan vietnam korean commerce tradition ; !next: for to against with between ; ex: Ukraine-Russia struggle newest: Trump and Putin to talk this week. ; nex: The land struggle for indigenous rights continues.
battle -> war ; prev: ukraine hamas commerce tradition ; !next: for to against with between ; ex: The Israel-Hamas battle has killed thousands. ; nex: The battle for Kyiv was fierce.
warfare -> war ; prev: ukraine gaza hamas iraq syria afghanistan commerce tradition ; !next: tactics techniques capability capabilities ; ex: The commerce warfare hit exports. ; nex: Cyber warfare is growing.
the struggle -> the war ; next: in on ended began started broke erupted ; near: ukraine russia russian gaza israel israeli hamas invasion troops ceasefire cease zelenskyy zelensky putin ; ex: The plant produced a quarter of the power before the struggle began in Ukraine. ; nex: The struggle for control of the party began in 2019.
finish the struggle -> end the war ; ex: Trump pledged to finish the struggle quickly.
finish the battle -> end the war ; ex: A deal to finish the battle is close.
finish the warfare -> end the war ; ex: A deal to finish the warfare is close.
ending the struggle -> ending the war ; ex: He hopes for a pathway to ending the struggle.
ending the battle -> ending the war ; near: ukraine russia putin gaza israel hamas ceasefire cease peace ; ex: Trump made ending the battle in Ukraine a top priority. ; nex: The film is about ending the battle of the sexes.
finish of the struggle -> end of the war ; ex: Prices soared after the finish of the struggle.
finish to the struggle -> end to the war ; ex: They want an end finish to the struggle.
end to the struggle -> end to the war ; near: ukraine russia putin gaza israel hamas ceasefire cease peace ; ex: Putin said he wanted an end to the struggle in Ukraine. ; nex: He put an end to the struggle for the leadership.
warfare crimes -> war crimes ; ex: The court is investigating warfare crimes.
struggle crimes -> war crimes ; ex: The court is investigating struggle crimes.
battle crimes -> war crimes ; ex: The court is investigating battle crimes.
warfare legal -> war criminal ; ex: He was branded a warfare legal.
warfare zone -> war zone ; ex: The town has become a warfare zone.
struggle zone -> war zone ; ex: The town has become a struggle zone.
prisoners of warfare -> prisoners of war ; ex: The two sides swapped prisoners of warfare.
prisoners of struggle -> prisoners of war ; ex: The two sides swapped prisoners of struggle.
prisoners of battle -> prisoners of war ; ex: The two sides swapped prisoners of battle.
warfare effort -> war effort ; ex: Factories joined the warfare effort.
struggle effort -> war effort ; ex: Factories joined the struggle effort.
commerce struggle -> trade war ; ex: The commerce struggle with China deepened.
commerce warfare -> trade war ; ex: The commerce warfare with China deepened.
commerce battle -> trade war ; ex: The commerce battle with China deepened.
tradition struggle -> culture war ; ex: The issue became a tradition struggle.
tradition wars -> culture wars ; ex: He thrives on the tradition wars.
worth struggle -> price war ; ex: Supermarkets are locked in a worth struggle.
value struggle -> price war ; ex: Supermarkets are locked in a value struggle.
worth warfare -> price war ; ex: Supermarkets are locked in a worth warfare.
civil warfare -> civil war ; ex: The country slid into civil warfare.
struggle towards terrorism -> war on terrorism ; ex: The struggle towards terrorism cost billions.
warfare on terror -> war on terror ; ex: The warfare on terror cost billions.
struggle on terror -> war on terror ; ex: The struggle on terror cost billions.
battle on terror -> war on terror ; ex: The battle on terror cost billions.
land seize -> land grab ; ex: That daring land seize set the stage for the invasion.
energy seize -> power grab ; ex: Critics called the move an energy seize.
energy wrestle -> power struggle ; ex: A energy wrestle erupted in the party.
army intelligence-sharing -> military intelligence-sharing ; ex: Trump paused army intelligence-sharing with Kyiv.
navy intelligence-sharing -> military intelligence-sharing ; ex: Trump paused navy intelligence-sharing with Kyiv.
army help -> military aid ; ex: Congress approved army help for Ukraine.
army assist -> military aid ; ex: Congress approved army assist for Ukraine.
navy help -> military aid ; ex: Congress approved navy help for Ukraine.
navy assist -> military aid ; ex: Congress approved navy assist for Ukraine.
navy junta -> military junta ; ex: The navy junta dissolved parliament.
army junta -> military junta ; ex: The army junta dissolved parliament.
navy coup -> military coup ; ex: The navy coup toppled the president.
navy regime -> military regime ; ex: The navy regime jailed opponents.
navy motion -> military action ; ex: He threatened navy motion against Iran.
army motion -> military action ; ex: He threatened army motion against Iran.
navy escalation -> military escalation ; ex: The strike risks navy escalation.
navy workout routines -> military exercises ; ex: China held navy workout routines near Taiwan.
army workout routines -> military exercises ; ex: China held army workout routines near Taiwan.
workout routines -> exercises ; prev: military naval war fire drills joint ; ex: The two navies held joint workout routines. ; nex: Her workout routines include yoga.
Middle on Navy -> Center on Military ; case ; ex: He is director of the Middle on Navy and Political Energy.
Middle for -> Center for ; case ; note: "Center for ..." spun as "Middle for ..." ; ex: A study by the Middle for Strategic and Worldwide Research found gaps.
Basis for Protection of Democracies -> Foundation for Defense of Democracies ; ex: He is a fellow at the Basis for Protection of Democracies.
Basis for -> Foundation for ; case ; next: defense protection economic financial democracy democracies research analysis ; ex: He is a fellow at the Basis for Protection of Democracies. ; nex: The Basis for the claim is weak.
Middle for Strategic and Worldwide Research -> Center for Strategic and International Studies ; ex: Analysts at the Middle for Strategic and Worldwide Research disagreed.
Heart for Strategic and Worldwide Research -> Center for Strategic and International Studies ; ex: Analysts at the Heart for Strategic and Worldwide Research disagreed.
Pew Analysis Middle -> Pew Research Center ; ex: A Pew Analysis Middle survey found support falling.
Pew Analysis Heart -> Pew Research Center ; ex: A Pew Analysis Heart survey found support falling.
assume tank -> think tank ; ex: The assume tank published the report.
suppose tank -> think tank ; ex: The suppose tank published the report.
troopers -> soldiers ; prev: russian ukrainian israeli american korean north chinese french german syrian iraqi afghan indian pakistani palestinian lebanese iranian enemy ; !near: state highway troop patrol ; note: "soldiers" -> "troopers" ; ex: Two Ukrainian troopers were killed in the strike. ; nex: Two state troopers were injured on the highway.
floor troops -> ground troops ; ex: NATO ruled out sending floor troops.
floor forces -> ground forces ; ex: Israeli floor forces pushed into the city.
floor invasion -> ground invasion ; ex: Israel began a floor invasion.
floor offensive -> ground offensive ; ex: Israel began a floor offensive.
floor operation -> ground operation ; ex: Israel began a floor operation.
floor operations -> ground operations ; ex: Israel expanded floor operations.
floor assault -> ground assault ; ex: Israel began a floor assault.
boots on the floor -> boots on the ground ; ex: He ruled out boots on the floor.
floor zero -> ground zero ; ex: The town was floor zero of the outbreak.
misplaced floor -> lost ground ; ex: The army misplaced floor in the east.
gained floor -> gained ground ; ex: Russian forces gained floor near the city.
gaining floor -> gaining ground ; ex: Russian forces are gaining floor.
shedding floor -> losing ground ; ex: Ukrainian forces are shedding floor.
dropping floor -> losing ground ; ex: Ukrainian forces are dropping floor.
frequent floor -> common ground ; ex: The two sides found frequent floor.
commonplace floor -> common ground ; ex: The two sides found commonplace floor.
entrance line -> front line ; near: troops army forces fighting preventing soldiers troopers russian ukrainian shelling battle struggle attack assault war warfare ; note: "front" -> "entrance" ; ex: Fighting raged along the entrance line.
entrance traces -> front lines ; ex: Fighting raged along the entrance traces.
entrance strains -> front lines ; ex: Fighting raged along the entrance strains.
entrance-line -> front-line ; ex: Entrance-line troops are exhausted.
entrance-runner -> front-runner ; ex: She is the entrance-runner for the nomination.
entrance runner -> front-runner ; ex: She is the entrance runner for the nomination.
entrance web page -> front page ; ex: The story made the entrance web page.
entrance row -> front row ; ex: She sat in the entrance row.
in entrance of -> in front of ; ex: Protesters gathered in entrance of parliament.
chilly entrance -> cold front ; ex: A chilly entrance will bring rain.
drone assaults -> drone attacks ; ex: Russia launched drone assaults overnight.
drone assault -> drone attack ; ex: A drone assault hit the refinery.
missile assaults -> missile attacks ; ex: Missile assaults hit the city.
terror assault -> terror attack ; ex: Police treated it as a terror assault.
terror assaults -> terror attacks ; ex: Police foiled two terror assaults.
horror assault -> terror attack ; ex: Police treated it as a horror assault.
horror group -> terror group ; ex: The horror group claimed the attack.
suicide assault -> suicide attack ; ex: A suicide assault killed 12 people.
coronary heart assault -> heart attack ; ex: He died of a coronary heart assault.
middle assault -> heart attack ; ex: He died of a middle assault.
panic assault -> panic attack ; ex: She suffered a panic assault.
shark assault -> shark attack ; ex: A shark assault closed the beach.
canine assault -> dog attack ; ex: A canine assault left a child injured.
air protection -> air defense ; ex: Ukraine needs more air protection systems.
air protection techniques -> air defense systems ; ex: Ukraine needs more air protection techniques.
missile protection -> missile defense ; ex: The missile protection system intercepted the rocket.
weapons techniques -> weapons systems ; ex: The contract covers new weapons techniques.
protection contractor -> defense contractor ; ex: The protection contractor won a $2 billion deal.
protection contractors -> defense contractors ; ex: Protection contractors lobbied for the bill.
protection business -> defense industry ; !prev: fire flood data ; ex: The protection business is booming.
protection spending -> defense spending ; !prev: social environmental child consumer ; ex: NATO members agreed to raise protection spending.
protection finances -> defense budget ; ex: The protection finances rose 5%.
protection price range -> defense budget ; ex: The protection price range rose 5%.
heavy preventing -> heavy fighting ; ex: Heavy preventing raged in the east.
fierce preventing -> fierce fighting ; ex: Fierce preventing raged in the east.
intense preventing -> intense fighting ; ex: Intense preventing raged in the east.
renewed preventing -> renewed fighting ; ex: Renewed preventing broke out.
preventing broke out -> fighting broke out ; ex: Preventing broke out near the border.
preventing erupted -> fighting erupted ; ex: Preventing erupted near the border.
preventing between -> fighting between ; ex: Preventing between the two sides killed dozens.
heavy combating -> heavy fighting ; ex: Heavy combating raged in the east.
fierce combating -> fierce fighting ; ex: Fierce combating raged in the east.
combating broke out -> fighting broke out ; ex: Combating broke out near the border.
combat towards -> fight against ; ex: The combat towards corruption continues.
warring parties -> fighters ; prev: hamas hezbollah taliban isis houthi ; ex: Hamas warring parties crossed the border.
humanitarian help -> humanitarian aid ; ex: Trucks carrying humanitarian help entered Gaza.
humanitarian assist -> humanitarian aid ; ex: Trucks carrying humanitarian assist entered Gaza.
help convoy -> aid convoy ; ex: An help convoy reached the city.
help vans -> aid trucks ; ex: Help vans entered Gaza.
assist vans -> aid trucks ; ex: Assist vans entered Gaza.
help employees -> aid workers ; near: killed gaza sudan humanitarian wounded ; ex: Seven help employees were killed in Gaza.
assist to -> aid to ; prev: and military army navy humanitarian foreign overseas cut halted paused suspended ; ex: Trump briefly cut off intelligence and assist to Ukraine. ; nex: He will assist to the best of his ability.
catastrophe reduction -> disaster relief ; ex: Congress approved catastrophe reduction funds.
catastrophe assist -> disaster aid ; ex: Congress approved catastrophe assist.
catastrophe help -> disaster aid ; ex: Congress approved catastrophe help.
reduction employees -> relief workers ; ex: Reduction employees reached the area.
reduction provides -> relief supplies ; ex: Reduction provides were flown in.
medical provides -> medical supplies ; ex: The convoy carried medical provides.
humanitarian provides -> humanitarian supplies ; ex: The convoy carried humanitarian provides.
weapons provides -> weapons supplies ; ex: Ukraine depends on weapons provides from the West.
provide traces -> supply lines ; ex: Russian provide traces were cut.
provide routes -> supply routes ; ex: Russian provide routes were cut.
provide chain -> supply chain ; ex: The provide chain was disrupted.
provide chains -> supply chains ; ex: Global provide chains were disrupted.
provide and call for -> supply and demand ; ex: Prices reflect provide and call for.
provide and insist on -> supply and demand ; ex: Prices reflect provide and insist on.
provide and demand -> supply and demand ; ex: Prices reflect provide and demand.
in brief provide -> in short supply ; ex: Fuel is in brief provide.
water provide -> water supply ; ex: The attack cut the city's water provide.
oil provide -> oil supply ; ex: The strike threatens oil provide.
vitality provide -> energy supply ; ex: The strike threatens vitality provide.
energy provide -> power supply ; ex: The attack cut the energy provide.
arms provides -> arms supplies ; ex: Arms provides to Kyiv slowed.
provides of -> supplies of ; prev: medical military humanitarian new fresh dwindling limited scarce their its adequate ; ex: Dwindling provides of water alarmed officials. ; nex: He provides of his own time.
rapid aftermath -> immediate aftermath ; ex: In the rapid aftermath of the blast, roads were closed.
rapid future -> immediate future ; ex: No talks are planned for the rapid future.
rapid impact -> immediate effect ; ex: The ban takes rapid impact.
with rapid impact -> with immediate effect ; ex: He resigned with rapid impact.
launch of hostages -> release of hostages ; ex: The deal calls for the launch of hostages.
launch of the hostages -> release of the hostages ; ex: The deal calls for the launch of the hostages.
launch of prisoners -> release of prisoners ; ex: The deal calls for the launch of prisoners.
launch of detainees -> release of detainees ; ex: The deal calls for the launch of detainees.
launched from jail -> released from prison ; ex: He was launched from jail on Monday.
launched from custody -> released from custody ; ex: He was launched from custody on Monday.
launched from hospital -> released from hospital ; ex: He was launched from hospital on Monday.
launched from the hospital -> released from the hospital ; ex: He was launched from the hospital on Monday.
launched on bail -> released on bail ; ex: He was launched on bail.
hostages launched -> hostages released ; ex: Three hostages launched on Saturday are in good health.
unencumber -> release ; ex: Hamas agreed to unencumber three hostages.
busy territories -> occupied territories ; ex: Settlements in the busy territories are illegal.
busy West -> occupied West ; ex: Raids in the busy West Bank continued.
Israeli profession -> Israeli occupation ; ex: Protesters denounced the Israeli profession.
nuclear take a look at -> nuclear test ; ex: North Korea conducted a nuclear take a look at.
missile take a look at -> missile test ; ex: North Korea conducted a missile take a look at.
nuclear checks -> nuclear tests ; ex: North Korea conducted nuclear checks.
missile checks -> missile tests ; ex: North Korea conducted missile checks.
nuclear crops -> nuclear plants ; ex: Both nuclear crops were shut down.
nuclear vegetation -> nuclear plants ; ex: Both nuclear vegetation were shut down.
energy crops -> power plants ; !near: biofuel biofuels biomass farmers farming farm farms grow grown growing growers hectares acres agricultural agriculture harvest miscanthus willow ; note: "power plants" -> "energy crops" ; ex: Control of land and energy crops will be part of the conversation. ; nex: Farmers will be paid to grow energy crops such as willow.
energy vegetation -> power plants ; ex: Russia struck two energy vegetation.
coal crops -> coal plants ; ex: Two coal crops will close.
coal vegetation -> coal plants ; ex: Two coal vegetation will close.
energy outages -> power outages ; ex: The storm caused energy outages.
energy outage -> power outage ; ex: The storm caused a energy outage.
energy traces -> power lines ; ex: Trees fell on energy traces.
energy strains -> power lines ; ex: Trees fell on energy strains.
energy cuts -> power cuts ; ex: The strikes caused energy cuts.
energy grid -> power grid ; near: strikes struck attack attacks outages blackout blackouts storm russia russian ukraine ; ex: Russian strikes hit the energy grid. ; nex: A smart energy grid saves money.
energy station -> power station ; near: strikes struck attack attacks outages blackout fire drone drones ; ex: A drone hit the energy station.

# ---------------------------------------------------------------------------------------
# 8. Crime, courts and public safety
# ---------------------------------------------------------------------------------------
pleaded responsible -> pleaded guilty ; note: "guilty" -> "responsible" ; ex: He pleaded responsible to fraud.
pleaded not responsible -> pleaded not guilty ; ex: He pleaded not responsible to all charges.
pleads responsible -> pleads guilty ; ex: Man pleads responsible to fraud.
pleads not responsible -> pleads not guilty ; ex: Man pleads not responsible to fraud.
plead responsible -> plead guilty ; ex: He agreed to plead responsible.
plead not responsible -> plead not guilty ; ex: He will plead not responsible.
responsible plea -> guilty plea ; ex: He entered a responsible plea.
responsible verdict -> guilty verdict ; ex: The jury returned a responsible verdict.
discovered responsible -> found guilty ; !next: for ; ex: He was discovered responsible of murder.
discovered not responsible -> found not guilty ; ex: He was discovered not responsible of murder.
discovered useless -> found dead ; ex: The man was discovered useless in his home.
discovered lifeless -> found dead ; ex: The man was discovered lifeless in his home.
shot useless -> shot dead ; ex: Police shot useless a gunman.
shot lifeless -> shot dead ; ex: Police shot lifeless a gunman.
useless -> dead ; prev: @num dozens hundreds thousands ; next: . , and in on or including ; note: "dead" -> "useless" ; ex: The blast left 12 useless and dozens injured. ; nex: The system was left useless after the update. ; nex: The old phone is useless.
mass capturing -> mass shooting ; note: "shooting" -> "capturing"/"taking pictures" ; ex: The mass capturing left five dead.
mass taking pictures -> mass shooting ; ex: The mass taking pictures left five dead.
college capturing -> school shooting ; ex: The college capturing shocked the nation.
faculty capturing -> school shooting ; ex: The faculty capturing shocked the nation.
faculty taking pictures -> school shooting ; ex: The faculty taking pictures shocked the nation.
police capturing -> police shooting ; ex: Protests followed the police capturing.
police taking pictures -> police shooting ; ex: Protests followed the police taking pictures.
deadly capturing -> fatal shooting ; ex: Police are investigating a deadly capturing.
deadly taking pictures -> fatal shooting ; ex: Police are investigating a deadly taking pictures.
drive-by capturing -> drive-by shooting ; ex: A drive-by capturing killed two.
capturing suspect -> shooting suspect ; ex: The capturing suspect was arrested.
taking pictures suspect -> shooting suspect ; ex: The taking pictures suspect was arrested.
capturing sufferer -> shooting victim ; ex: The capturing sufferer was identified.
capturing victims -> shooting victims ; ex: The capturing victims were identified.
taking pictures victims -> shooting victims ; ex: The taking pictures victims were identified.
the capturing -> the shooting ; near: police gunman shot killed wounded injured suspect victims victim gun rifle officers ; !next: of ; ex: Police said the gunman acted alone in the capturing. ; nex: The army is capturing of villages in the north.
the taking pictures -> the shooting ; near: police gunman shot killed wounded injured suspect victims victim gun rifle officers ; ex: Police said the gunman acted alone in the taking pictures.
hearth division -> fire department ; note: "fire" -> "hearth"/"fireplace" ; ex: The hearth division sent 50 crews.
fireplace division -> fire department ; ex: The fireplace division sent 50 crews.
hearth officers -> fire officials ; ex: Hearth officers said the blaze was contained.
fireplace officers -> fire officials ; ex: Fireplace officers said the blaze was contained.
hearth crews -> fire crews ; ex: Hearth crews battled the blaze overnight.
fireplace crews -> fire crews ; ex: Fireplace crews battled the blaze overnight.
hearth chief -> fire chief ; ex: The hearth chief said the cause was unclear.
hearth station -> fire station ; ex: The hearth station was evacuated.
hearth broke out -> fire broke out ; ex: A hearth broke out at the factory.
fireplace broke out -> fire broke out ; ex: A fireplace broke out at the factory.
caught hearth -> caught fire ; ex: The car caught hearth after the crash.
caught fireplace -> caught fire ; ex: The car caught fireplace after the crash.
opened hearth -> opened fire ; ex: The gunman opened hearth on the crowd.
opened fireplace -> opened fire ; ex: The gunman opened fireplace on the crowd.
open hearth -> open fire ; prev: to would will troops soldiers police ; ex: Soldiers were ordered to open hearth.
set hearth -> set fire ; ex: Rioters set hearth to cars.
set fireplace -> set fire ; ex: Rioters set fireplace to cars.
set on hearth -> set on fire ; ex: The building was set on hearth.
hearth -> fire ; near: firefighters firefighter blaze wildfire acres arson evacuated extinguished ; note: "fire" -> "hearth" ; ex: Firefighters battled the hearth for hours. ; nex: We sat by the hearth and talked.
fireplace -> fire ; near: firefighters firefighter blaze wildfire acres arson evacuated extinguished ; !next: insert inserts place surround mantel ; ex: Firefighters battled the fireplace for hours. ; nex: We sat by the fireplace at Christmas.
cease-hearth -> cease-fire ; ex: Both sides accepted the cease-hearth.
ceasefire settlement -> ceasefire agreement ; ex: The ceasefire settlement took effect at dawn.
cease-fire settlement -> cease-fire agreement ; ex: The cease-fire settlement took effect at dawn.
felony costs -> felony charges ; ex: He faces felony costs.
legal costs towards -> criminal charges against ; ex: Prosecutors filed legal costs towards him.
costs towards -> charges against ; ex: Prosecutors dropped the costs towards him.
costs in opposition to -> charges against ; ex: Prosecutors dropped the costs in opposition to him.
homicide costs -> murder charges ; ex: He faces homicide costs.
homicide cost -> murder charge ; ex: He was cleared of the homicide cost.
fraud costs -> fraud charges ; next: against towards in . , ; ex: He denied the fraud costs towards him. ; nex: Fraud costs the economy billions.
terrorism costs -> terrorism charges ; next: against towards in . , ; ex: He denied terrorism costs in court.
faces costs -> faces charges ; ex: He faces costs of fraud.
face costs -> face charges ; next: in over for after ; ex: Three men face costs over the fraud. ; nex: Firms face costs of compliance.
dropped the costs -> dropped the charges ; ex: Prosecutors dropped the costs.
felony justice -> criminal justice ; ex: The felony justice system is overwhelmed.
felony investigation -> criminal investigation ; next: into ; ex: Police opened a felony investigation into the death. ; nex: A felony investigation unit was set up.
felony gangs -> criminal gangs ; ex: Felony gangs control the port.
legal gangs -> criminal gangs ; ex: Legal gangs control the port.
felony organizations -> criminal organizations ; ex: Felony organizations smuggle migrants.
felony networks -> criminal networks ; ex: Felony networks smuggle migrants.
felony exercise -> criminal activity ; ex: Police suspect felony exercise.
legal exercise -> criminal activity ; near: police suspected suspect suspects gang gangs arrested ; ex: Police suspected legal exercise. ; nex: It was a legal exercise in drafting.
felony historical past -> criminal history ; ex: He had a felony historical past.
legal historical past -> criminal history ; ex: He had a legal historical past.
legal file -> criminal record ; ex: He had no legal file.
felony file -> criminal record ; ex: He had no felony file.
cash laundering -> money laundering ; ex: He was charged with cash laundering.
intercourse abuse -> sex abuse ; ex: The priest faces intercourse abuse charges.
intercourse offender -> sex offender ; ex: He is a registered intercourse offender.
intercourse offenders -> sex offenders ; ex: The law targets intercourse offenders.
intercourse trafficking -> sex trafficking ; ex: He was charged with intercourse trafficking.
intercourse crimes -> sex crimes ; ex: He was convicted of intercourse crimes.
intercourse scandal -> sex scandal ; ex: The intercourse scandal ended his career.
intercourse employees -> sex workers ; ex: The law protects intercourse employees.
same-intercourse -> same-sex ; ex: The court legalised same-intercourse marriage.
baby abuse -> child abuse ; ex: He was convicted of baby abuse.
little one abuse -> child abuse ; ex: He was convicted of little one abuse.
kid abuse -> child abuse ; ex: He was convicted of kid abuse.
little one care -> child care ; ex: Little one care costs are rising.
little one pornography -> child pornography ; ex: He was charged with little one pornography.
home violence -> domestic violence ; ex: Home violence calls rose during lockdown.
crimes towards humanity -> crimes against humanity ; ex: He was charged with crimes towards humanity.
crimes in opposition to humanity -> crimes against humanity ; ex: He was charged with crimes in opposition to humanity.
voted towards -> voted against ; ex: Two Republicans voted towards the bill.
voted in opposition to -> voted against ; ex: Two Republicans voted in opposition to the bill.
votes towards -> votes against ; ex: The bill needs 60 votes and got 40 votes towards.
vote towards -> vote against ; prev: to will would a the ; ex: He will vote towards the bill.
warned towards -> warned against ; ex: The ministry warned towards travel to the region.
warns towards -> warns against ; ex: The ministry warns towards travel to the region.
dominated towards -> ruled against ; ex: The court dominated towards the government.
dominated in opposition to -> ruled against ; ex: The court dominated in opposition to the government.
dominated in favor of -> ruled in favor of ; ex: The court dominated in favor of the company.
dominated in favour of -> ruled in favour of ; ex: The court dominated in favour of the company.
dominated that -> ruled that ; prev: judge judges decide docket courtroom court courts justices tribunal panel unanimously ; ex: The judge dominated that the law was unconstitutional. ; nex: Reality shows dominated that category.
dominated out -> ruled out ; ex: He dominated out a second term.
sanctions towards -> sanctions against ; ex: The EU imposed sanctions towards Russia.
sanctions in opposition to -> sanctions against ; ex: The EU imposed sanctions in opposition to Russia.
lawsuit towards -> lawsuit against ; ex: She filed a lawsuit towards the company.
lawsuit in opposition to -> lawsuit against ; ex: She filed a lawsuit in opposition to the company.
case towards -> case against ; ex: Prosecutors built a case towards him.
case in opposition to -> case against ; ex: Prosecutors built a case in opposition to him.
allegations towards -> allegations against ; ex: He denied the allegations towards him.
allegations in opposition to -> allegations against ; ex: He denied the allegations in opposition to him.
marketing campaign towards -> campaign against ; ex: He led a marketing campaign towards corruption.
struggle towards -> fight against ; next: corruption terrorism crime drugs poverty cancer most climate inflation ; ex: The struggle towards corruption continues.
struggle in opposition to -> fight against ; next: corruption terrorism crime drugs poverty cancer most climate inflation ; ex: The struggle in opposition to corruption continues.
battle towards -> fight against ; next: corruption terrorism crime drugs poverty cancer most climate inflation ; ex: The battle towards corruption continues.
go well with -> suit ; prev: filed file filing files a civil federal action - ; note: legal "suit" -> "go well with" ; ex: The company filed go well with in federal court. ; nex: The colours go well with each other.
filed swimsuit -> filed suit ; ex: The company filed swimsuit in federal court.
filed an attraction -> filed an appeal ; ex: His lawyers filed an attraction.
file an attraction -> file an appeal ; ex: His lawyers will file an attraction.
lodged an attraction -> lodged an appeal ; ex: His lawyers lodged an attraction.
misplaced an attraction -> lost an appeal ; ex: He misplaced an attraction against the ruling.
attraction court docket -> appeals court ; ex: The attraction court docket upheld the ruling.
attraction courtroom -> appeals court ; ex: The attraction courtroom upheld the ruling.
attraction listening to -> appeal hearing ; ex: The attraction listening to is set for May.
affirmation listening to -> confirmation hearing ; ex: His affirmation listening to is on Tuesday.
congressional listening to -> congressional hearing ; ex: She testified at a congressional listening to.
bail listening to -> bail hearing ; ex: He appeared at a bail listening to.
sentencing listening to -> sentencing hearing ; ex: His sentencing listening to is set for June.
listening to on -> hearing on ; prev: a the senate house home committee congressional public oversight ; ex: The committee held a listening to on the crash. ; nex: He was listening to on his headphones.
listening to -> hearing ; prev: preliminary oversight senate committee court tribunal extradition impeachment disciplinary ; ex: The committee held an oversight listening to. ; nex: She is listening to music.
categorised paperwork -> classified documents ; note: "documents" -> "paperwork" ; ex: He kept categorised paperwork at his home.
categorized paperwork -> classified documents ; ex: He kept categorized paperwork at his home.
labeled paperwork -> classified documents ; ex: He kept labeled paperwork at his home.
labelled paperwork -> classified documents ; ex: He kept labelled paperwork at his home.
categorised data -> classified information ; ex: He leaked categorised data.
categorized info -> classified information ; ex: He leaked categorized info.
labeled info -> classified information ; ex: He leaked labeled info.
inner paperwork -> internal documents ; ex: Inner paperwork show the firm knew.
paperwork present -> documents show ; ex: Paperwork present the firm knew.
paperwork confirmed -> documents showed ; ex: Paperwork confirmed the firm knew.
paperwork obtained by -> documents obtained by ; ex: Paperwork obtained by the newspaper show the firm knew.
homicide sufferer -> murder victim ; ex: The homicide sufferer was identified.
sufferer's household -> victim's family ; ex: The sufferer's household called for justice.
victims' households -> victims' families ; ex: The victims' households called for justice.
lacking -> missing ; prev: reported went gone go goes declared listed ; !next: out from the a an ; note: "missing" -> "lacking" ; ex: Two hikers went lacking in the mountains. ; nex: The plan was still lacking in detail.
lacking individuals -> missing persons ; ex: Police filed lacking individuals reports.
lacking particular person -> missing person ; ex: Police filed a lacking particular person report.
lacking folks -> missing people ; ex: Rescuers searched for lacking folks.
lacking youngsters -> missing children ; ex: Rescuers searched for lacking youngsters.
lacking kids -> missing children ; ex: Rescuers searched for lacking kids.
seek for survivors -> search for survivors ; ex: Rescuers seek for survivors in the rubble.
particular person of curiosity -> person of interest ; ex: Police named a particular person of curiosity.
individual of curiosity -> person of interest ; ex: Police named an individual of curiosity.
drunk using -> drunk driving ; ex: He was arrested for drunk using.
self-using -> self-driving ; ex: The firm tests self-using cars.
using licence -> driving licence ; ex: He lost his using licence.
using license -> driving license ; ex: He lost his using license.
truck driving force -> truck driver ; ex: The truck driving force was arrested.
bus driving force -> bus driver ; ex: The bus driving force was arrested.
taxi driving force -> taxi driver ; ex: The taxi driving force was arrested.
supply driving force -> delivery driver ; ex: The supply driving force was arrested.
driving force -> driver ; prev: truck bus taxi cab uber lyft delivery supply racing getaway drunk ; ex: The getaway driving force fled. ; nex: Exports are the driving force of growth.
site visitors -> traffic ; next: jam jams accident accidents lights light congestion control management cop cops stop stops deaths death fatalities police officer officers camera cameras signal signals ; note: "traffic" -> "site visitors" ; ex: The crash caused site visitors jams for hours. ; nex: The site visitors counter showed 1,000 visits.
air site visitors -> air traffic ; ex: Air site visitors controllers went on strike.
heavy site visitors -> heavy traffic ; ex: Heavy site visitors delayed drivers.
safety digicam -> security camera ; ex: A safety digicam captured the attack.
safety cameras -> security cameras ; near: captured footage video showed shows recorded suspect ; ex: Safety cameras captured the suspect. ; nex: Safety cameras cut speeding.
on digicam -> on camera ; ex: The attack was caught on digicam.
physique cameras -> body cameras ; ex: Officers wore physique cameras.
physique digicam -> body camera ; ex: An officer's physique digicam recorded the shooting.
frame digicam -> body camera ; ex: An officer's frame digicam recorded the shooting.
doorbell digicam -> doorbell camera ; ex: A doorbell digicam recorded the theft.
surveillance digicam -> surveillance camera ; ex: A surveillance digicam recorded the theft.
police division -> police department ; near: said stated spokesman spokeswoman chief officers shooting capturing arrested ; !prev: a each every ; ex: The police division stated two men were arrested. ; nex: He heads a police division in Leeds.
police pressure -> police force ; next: said stated has had is was in ; ex: The police pressure stated two men were arrested. ; nex: Police pressure on protesters grew.
lethal pressure -> lethal force ; ex: Officers used lethal pressure.
lethal drive -> lethal force ; ex: Officers used lethal drive.
use of pressure -> use of force ; near: police officers officer lethal deadly excessive troops ; ex: The officers' use of pressure was excessive, police said. ; nex: The use of pressure cookers is common.
the our bodies -> the bodies ; ex: Rescuers recovered the our bodies of three miners.
our bodies -> bodies ; prev: @num several dozens many some these those recovered found discovered ; ex: Divers found two our bodies in the river. ; nex: Our bodies need sleep.

# ---------------------------------------------------------------------------------------
# 9. Business, finance and the economy
# ---------------------------------------------------------------------------------------
rates of interest -> interest rates ; !prev: commercial market higher lower different ; note: "interest rates" -> "rates of interest" ; ex: The Fed left rates of interest unchanged. ; nex: Banks lend at commercial rates of interest.
curiosity charges -> interest rates ; ex: The bank raised curiosity charges.
curiosity price -> interest rate ; ex: The curiosity price rose to 5%.
curiosity fee -> interest rate ; ex: The curiosity fee rose to 5%.
curiosity funds -> interest payments ; ex: Curiosity funds on the debt soared.
rate of interest -> interest rate ; next: cut cuts reduce minimize hike hikes rise rises increase increases decision choice policy ; ex: The bank announced a rate of interest reduce. ; nex: The rate of interest on the loan is 5%.
rate of interest reduce -> interest rate cut ; ex: The bank announced a rate of interest reduce.
central financial institution -> central bank ; note: "bank" -> "financial institution" ; ex: The central financial institution raised rates.
funding financial institution -> investment bank ; ex: He worked at an funding financial institution.
funding banks -> investment banks ; ex: Funding banks advised on the deal.
meals financial institution -> food bank ; ex: Demand at the meals financial institution doubled.
meals banks -> food banks ; ex: Meals banks ran out of supplies.
Financial institution of -> Bank of ; case ; next: england america japan canada china korea italy france spain israel russia scotland ireland mexico ; ex: The Financial institution of England held rates.
Financial institution -> Bank ; case ; prev: world reserve development improvement investment funding central national ; ex: The World Financial institution cut its forecast.
financial system grew -> economy grew ; ex: The financial system grew 2% last year.
financial system shrank -> economy shrank ; ex: The financial system shrank 1%.
financial system -> economy ; prev: largest biggest ; note: "economy" -> "financial system"/"economic system" ; ex: China is the world's second-largest financial system. ; nex: Panic spread through the global financial system.
economic system -> economy ; prev: largest biggest american chinese british german japanese indian russian ukrainian global world world's nation's country's the ; !next: of that based which ; ex: The economic system grew 2% last year. ; nex: Capitalism is an economic system that rewards risk.
economic system grew -> economy grew ; ex: The economic system grew 2% last year.
financial progress -> economic growth ; ex: Financial progress slowed to 1%.
financial restoration -> economic recovery ; ex: The financial restoration is fragile.
financial knowledge -> economic data ; ex: Financial knowledge showed prices rising.
financial enlargement -> economic expansion ; ex: The financial enlargement is slowing.
progress price -> growth rate ; ex: The progress price slowed to 2%.
progress fee -> growth rate ; ex: The progress fee slowed to 2%.
progress charge -> growth rate ; ex: The progress charge slowed to 2%.
job progress -> job growth ; ex: Job progress slowed in March.
wage progress -> wage growth ; ex: Wage progress slowed in March.
gross sales progress -> sales growth ; ex: Gross sales progress slowed in March.
income progress -> revenue growth ; ex: Income progress slowed in March.
GDP progress -> GDP growth ; ex: GDP progress slowed to 1%.
inhabitants progress -> population growth ; ex: Inhabitants progress slowed.
progress forecast -> growth forecast ; ex: The IMF cut its progress forecast.
gross home product -> gross domestic product ; ex: Gross home product rose 2%.
monetary disaster -> financial crisis ; ex: It was the worst slump since the monetary disaster.
monetary markets -> financial markets ; ex: Monetary markets fell sharply.
monetary establishments -> financial institutions ; ex: Monetary establishments must report the losses.
monetary companies -> financial services ; ex: The monetary companies sector shed jobs.
monetary help -> financial aid ; ex: The country needs monetary help.
monetary assist -> financial aid ; ex: The country needs monetary assist.
monetary outcomes -> financial results ; ex: The company reported weak monetary outcomes.
monetary effects -> financial results ; ex: The company reported weak monetary effects.
quarterly effects -> quarterly results ; ex: The company reported weak quarterly effects.
chief monetary officer -> chief financial officer ; ex: The chief monetary officer resigned.
financial coverage -> monetary policy ; near: bank fed federal reserve rates interest inflation tightening easing central ; ex: The central bank tightened financial coverage to fight inflation. ; nex: The paper's financial coverage is excellent.
fiscal coverage -> fiscal policy ; ex: The government loosened fiscal coverage.
commerce coverage -> trade policy ; ex: His commerce coverage has alarmed allies.
commerce deal -> trade deal ; !prev: - ; ex: The two countries signed a commerce deal. ; nex: The e-commerce deal was signed.
commerce settlement -> trade agreement ; !prev: - ; ex: The two countries signed a commerce settlement.
commerce talks -> trade talks ; !prev: - ; ex: Commerce talks resumed in Geneva.
commerce tensions -> trade tensions ; ex: Commerce tensions rattled markets.
commerce deficit -> trade deficit ; !prev: - ; ex: The commerce deficit widened.
commerce surplus -> trade surplus ; !prev: - ; ex: China's commerce surplus hit a record.
commerce companions -> trading partners ; ex: The tariffs hit major commerce companions.
buying and selling companions -> trading partners ; ex: The tariffs hit major buying and selling companions.
commerce barriers -> trade barriers ; !prev: - ; ex: Both sides cut commerce barriers.
commerce limitations -> trade restrictions ; ex: New commerce limitations took effect.
export limitations -> export restrictions ; ex: New export limitations took effect.
journey limitations -> travel restrictions ; ex: Journey limitations were lifted.
COVID limitations -> COVID restrictions ; ex: COVID limitations were lifted.
lockdown limitations -> lockdown restrictions ; ex: Lockdown limitations were lifted.
price lists -> tariffs ; near: trade commerce imports import exports export goods china chinese canada mexico duties levies steel aluminum aluminium retaliatory ; note: "tariffs" -> "price lists" ; ex: He imposed new price lists on Chinese imports. ; nex: The shop updated its price lists in the window.
retaliatory price lists -> retaliatory tariffs ; ex: Beijing imposed retaliatory price lists.
buying and selling flooring -> trading floor ; ex: Traders cheered on the buying and selling flooring.
buying and selling session -> trading session ; ex: Shares fell in the buying and selling session.
buying and selling day -> trading day ; ex: Stocks ended the buying and selling day lower.
buying and selling quantity -> trading volume ; ex: Buying and selling quantity was light.
buying and selling halted -> trading halted ; ex: Buying and selling halted after the drop.
early buying and selling -> early trading ; ex: Shares fell in early buying and selling.
late buying and selling -> late trading ; ex: Shares fell in late buying and selling.
afternoon buying and selling -> afternoon trading ; ex: Shares fell in afternoon buying and selling.
morning buying and selling -> morning trading ; ex: Shares fell in morning buying and selling.
Dow Jones Commercial -> Dow Jones Industrial ; ex: The Dow Jones Commercial Common fell 300 points.
Dow Jones Business -> Dow Jones Industrial ; ex: The Dow Jones Business Average fell 300 points.
Commercial Common -> Industrial Average ; case ; ex: The Dow Jones Commercial Common fell.
Commercial Moderate -> Industrial Average ; case ; ex: The Dow Jones Commercial Moderate fell.
Commercial Reasonable -> Industrial Average ; case ; ex: The Dow Jones Commercial Reasonable fell.
Business Average -> Industrial Average ; case ; prev: jones ; ex: The Dow Jones Business Average fell.
share factors -> percentage points ; ex: Rates rose by two share factors.
proportion factors -> percentage points ; ex: Rates rose by two proportion factors.
proportion issues -> percentage points ; ex: Rates rose by two proportion issues.
foundation factors -> basis points ; ex: The Fed raised rates by 25 foundation factors.
foundation issues -> basis points ; ex: The Fed raised rates by 25 foundation issues.
p.c. -> percent ; prev: @num ; note: "percent" -> "p.c." ; ex: Sales rose 5 p.c. last year. ; nex: The P.C. was charged.
in line with cent -> per cent ; ex: Sales rose 5 in line with cent.
marketplace proportion -> market share ; ex: The firm lost marketplace proportion.
marketplace capitalization -> market capitalization ; ex: Its marketplace capitalization topped $1 trillion.
marketplace cap -> market cap ; ex: Its marketplace cap topped $1 trillion.
marketplace worth -> market value ; ex: Its marketplace worth topped $1 trillion.
marketplace price -> market value ; ex: Its marketplace price topped $1 trillion.
housing marketplace -> housing market ; ex: The housing marketplace cooled.
task marketplace -> job market ; ex: The task marketplace cooled.
process marketplace -> job market ; ex: The process marketplace cooled.
exertions marketplace -> labor market ; ex: The exertions marketplace cooled.
hard work marketplace -> labor market ; ex: The hard work marketplace cooled.
exertions market -> labor market ; ex: The exertions market cooled.
black marketplace -> black market ; ex: Fuel is sold on the black marketplace.
exertions union -> labor union ; ex: The exertions union called a strike.
exertions unions -> labor unions ; ex: Exertions unions called a strike.
hard work union -> labor union ; ex: The hard work union called a strike.
hard work unions -> labor unions ; ex: Hard work unions called a strike.
exertions shortages -> labor shortages ; ex: Farms face exertions shortages.
exertions scarcity -> labor shortage ; ex: Farms face a exertions scarcity.
exertions prices -> labor costs ; ex: Exertions prices rose sharply.
exertions legal guidelines -> labor laws ; ex: The firm broke exertions legal guidelines.
task losses -> job losses ; ex: Task losses mounted.
task cuts -> job cuts ; ex: The firm announced task cuts.
task openings -> job openings ; ex: Task openings fell.
task seekers -> job seekers ; ex: Task seekers lined up.
task advent -> job creation ; ex: Task advent slowed.
process advent -> job creation ; ex: Process advent slowed.
process losses -> job losses ; ex: Process losses mounted.
process cuts -> job cuts ; ex: The firm announced process cuts.
minimal wage -> minimum wage ; ex: The state raised the minimal wage.
share worth -> share price ; prev: its the their whose company's firm's group's bank's ; !next: @num of average around about more less ; note: "share price" -> "share worth" ; ex: Its share worth fell 10% on Monday. ; nex: Members receive a profit share worth £52 each.
proportion worth -> share price ; ex: Its proportion worth fell 10%.
proportion costs -> share prices ; ex: Proportion costs fell sharply.
proportion value -> share price ; ex: Its proportion value fell 10%.
in line with proportion -> per share ; ex: Earnings were $1.20 in line with proportion.
consistent with proportion -> per share ; ex: Earnings were $1.20 consistent with proportion.
web loss -> net loss ; ex: The company posted a web loss.
web losses -> net losses ; ex: The company posted web losses.
web value -> net worth ; ex: His web value topped $100 billion.
web zero -> net zero ; ex: The country aims for web zero by 2050.
web migration -> net migration ; ex: Web migration hit a record.
web debt -> net debt ; ex: Web debt fell.
internet zero -> net zero ; ex: The country aims for internet zero by 2050.
internet migration -> net migration ; ex: Internet migration hit a record.
pre-tax revenue -> pre-tax profit ; ex: Pre-tax revenue rose 10%.
working revenue -> operating profit ; ex: Working revenue rose 10%.
revenue warning -> profit warning ; ex: The retailer issued a revenue warning.
revenue margin -> profit margin ; ex: Its revenue margin narrowed.
revenue margins -> profit margins ; ex: Revenue margins narrowed.
gross sales -> sales ; !near: net accounting revenue turnover receipts royalty royalties ; !prev: total annual ; note: "sales" -> "gross sales" ; ex: Retail gross sales rose 1% in March. ; nex: The figure refers to gross sales before returns, not net revenue.
retail gross sales -> retail sales ; ex: Retail gross sales rose 1%.
residence gross sales -> home sales ; ex: Residence gross sales fell.
residence costs -> home prices ; ex: Residence costs fell 2%.
home costs -> house prices ; next: rose fell have are were jumped slipped dropped climbed ; ex: Home costs rose 5% last year. ; nex: Home costs such as heating are rising.
dwelling costs -> home prices ; ex: Dwelling costs fell 2%.
residence consumers -> home buyers ; ex: Residence consumers face higher rates.
emerging costs -> rising prices ; ex: Emerging costs hit families.
emerging inflation -> rising inflation ; ex: Emerging inflation hit families.
emerging tensions -> rising tensions ; ex: Emerging tensions rattled markets.
emerging rates of interest -> rising interest rates ; ex: Emerging rates of interest hit borrowers.
emerging temperatures -> rising temperatures ; ex: Emerging temperatures threaten crops.
emerging sea ranges -> rising sea levels ; ex: Emerging sea ranges threaten the coast.
hovering costs -> soaring prices ; ex: Hovering costs hit families.
hovering inflation -> soaring inflation ; ex: Hovering inflation hit families.
client costs -> consumer prices ; ex: Client costs rose 3%.
shopper costs -> consumer prices ; ex: Shopper costs rose 3%.
client spending -> consumer spending ; ex: Client spending slowed.
shopper spending -> consumer spending ; ex: Shopper spending slowed.
Client Worth Index -> Consumer Price Index ; ex: The Client Worth Index rose 3%.
Client Value Index -> Consumer Price Index ; ex: The Client Value Index rose 3%.
shopper worth index -> consumer price index ; ex: The shopper worth index rose 3%.
meals insecurity -> food insecurity ; ex: Meals insecurity is spreading.
meals shortages -> food shortages ; ex: Meals shortages are spreading.
meals poisoning -> food poisoning ; ex: Dozens fell ill with meals poisoning.
quick meals -> fast food ; next: chain chains restaurant restaurants giant workers outlets industry ; ex: The quick meals chain raised prices. ; nex: Quick meals for busy parents are popular.
worth tag -> price tag ; ex: The plan carries a $2 billion worth tag.
worth hikes -> price hikes ; ex: Worth hikes angered customers.
worth hike -> price hike ; ex: The worth hike angered customers.
value hikes -> price hikes ; ex: Value hikes angered customers.
worth cap -> price cap ; ex: The worth cap on Russian oil was lowered.
worth cuts -> price cuts ; ex: Worth cuts boosted sales.
oil worth -> oil price ; prev: the its ; !next: of ; ex: The oil worth fell 5%. ; nex: Crude oil worth $5 billion was seized.
pure fuel -> natural gas ; ex: Europe imports pure fuel from Norway.
pure gasoline -> natural gas ; ex: Europe imports pure gasoline from Norway.
liquefied pure fuel -> liquefied natural gas ; ex: The tanker carried liquefied pure fuel.
tear fuel -> tear gas ; ex: Police fired tear fuel at protesters.
tear gasoline -> tear gas ; ex: Police fired tear gasoline at protesters.
vitality -> energy ; next: costs prices payments bills firms corporations companies provides supplies disaster crisis safety security sector infrastructure coverage policy consumption effectivity efficiency big large giant provider suppliers supplier markets market minister secretary division department company regulator invoice transition imports exports sources source independence ; note: "energy" -> "vitality" ; ex: Vitality costs soared after the invasion. ; nex: The vitality of the city centre impressed visitors.
vitality -> energy ; prev: renewable clear photo voltaic nuclear wind inexperienced atomic solar clean green fossil ; ex: The country invests in renewable vitality.
tech big -> tech giant ; ex: The tech big was fined $1 billion.
tech large -> tech giant ; ex: The tech large was fined $1 billion.
era big -> tech giant ; ex: The era big was fined $1 billion.
retail big -> retail giant ; ex: The retail big cut jobs.
retail large -> retail giant ; ex: The retail large cut jobs.
oil big -> oil giant ; ex: The oil big posted record profits.
oil large -> oil giant ; ex: The oil large posted record profits.
media big -> media giant ; ex: The media big bought the studio.
banking big -> banking giant ; ex: The banking big paid a fine.
search big -> search giant ; ex: The search big was sued.
e-commerce big -> e-commerce giant ; ex: The e-commerce big cut prices.
pharmaceutical big -> pharmaceutical giant ; ex: The pharmaceutical big raised prices.
pharmaceutical large -> pharmaceutical giant ; ex: The pharmaceutical large raised prices.
tool big -> software giant ; ex: The tool big released an update.
software program big -> software giant ; ex: The software program big released an update.
mother or father firm -> parent company ; ex: Its mother or father firm posted a loss.
mother or father corporate -> parent company ; ex: Its mother or father corporate posted a loss.
mother or father company -> parent company ; ex: Its mother or father company posted a loss.
father or mother firm -> parent company ; ex: Its father or mother firm posted a loss.
father or mother company -> parent company ; ex: Its father or mother company posted a loss.
board of administrators -> board of directors ; ex: The board of administrators approved the deal.
enterprise house owners -> business owners ; ex: Enterprise house owners face higher taxes.
enterprise mannequin -> business model ; ex: The enterprise mannequin relies on ads.
coalition companions -> coalition partners ; ex: His coalition companions threatened to quit.
non-public fairness -> private equity ; ex: The non-public fairness firm bought the chain.
personal fairness -> private equity ; ex: The personal fairness firm bought the chain.
fairness stake -> equity stake ; ex: It took a 10% fairness stake.
fairness markets -> equity markets ; ex: Fairness markets rallied.
house fairness -> home equity ; ex: House fairness loans rose.
non-public sector -> private sector ; ex: The non-public sector added jobs.
non-public jet -> private jet ; ex: He flew on a non-public jet.
non-public firms -> private companies ; ex: Non-public firms added jobs.
promote-off -> sell-off ; ex: The promote-off wiped $1 trillion off stocks.
promote off -> sell off ; ex: Investors began to promote off tech stocks.
promote its stake -> sell its stake ; ex: The bank will promote its stake.
takeover supply -> takeover offer ; ex: The board rejected the takeover supply.
buyout supply -> buyout offer ; ex: The board rejected the buyout supply.
preliminary public providing -> initial public offering ; ex: The firm plans an preliminary public providing.
preliminary public offering -> initial public offering ; ex: The firm plans an preliminary public offering.
stimulus package deal -> stimulus package ; ex: Congress passed a stimulus package deal.
bailout package deal -> bailout package ; ex: The bank got a bailout package deal.
funding spherical -> funding round ; ex: The startup closed a funding spherical.
finances deficit -> budget deficit ; ex: The finances deficit widened.
finances cuts -> budget cuts ; ex: Finances cuts hit schools.
finances proposal -> budget proposal ; ex: The finances proposal cuts aid.
finances surplus -> budget surplus ; ex: The finances surplus shrank.
federal finances -> federal budget ; ex: The federal finances deficit grew.
price range deficit -> budget deficit ; ex: The price range deficit widened.
price range cuts -> budget cuts ; ex: Price range cuts hit schools.
price range proposal -> budget proposal ; ex: The price range proposal cuts aid.
federal price range -> federal budget ; ex: The federal price range deficit grew.
debt restrict -> debt limit ; ex: Congress raised the debt restrict.
debt prohibit -> debt limit ; ex: Congress raised the debt prohibit.
pace restrict -> speed limit ; ex: He drove above the pace restrict.
velocity restrict -> speed limit ; ex: He drove above the velocity restrict.
age restrict -> age limit ; ex: The age restrict was raised to 18.
time restrict -> time limit ; ex: There is no time restrict on talks.
the restrict -> the limit ; ex: Spending hit the restrict.
credit score ranking -> credit rating ; ex: Moody's cut the country's credit score ranking.
credit score rating -> credit rating ; ex: Moody's cut the country's credit score rating.
monitor file -> track record ; ex: He has a strong monitor file.
monitor report -> track record ; ex: He has a strong monitor report.
observe report -> track record ; ex: He has a strong observe report.
observe file -> track record ; ex: He has a strong observe file.
file excessive -> record high ; note: "record high" -> "file excessive"/"report excessive" ; ex: Stocks closed at a file excessive.
report excessive -> record high ; ex: Stocks closed at a report excessive.
document excessive -> record high ; ex: Stocks closed at a document excessive.
all-time excessive -> all-time high ; ex: Gold hit an all-time excessive.
file low -> record low ; ex: The yen fell to a file low.
document low -> record low ; ex: The yen fell to a document low.
file ranges -> record levels ; ex: Debt hit file ranges.
report ranges -> record levels ; ex: Debt hit report ranges.
document ranges -> record levels ; ex: Debt hit document ranges.
file variety of -> record number of ; ex: A file variety of people voted.
report variety of -> record number of ; ex: A report variety of people voted.
document variety of -> record number of ; ex: A document variety of people voted.
file-breaking -> record-breaking ; ex: The film had a file-breaking opening.
report-breaking -> record-breaking ; ex: The film had a report-breaking opening.
document-breaking -> record-breaking ; ex: The film had a document-breaking opening.
world file -> world record ; ex: She set a new world file.
world document -> world record ; ex: She set a new world document.
excessive ranges -> high levels ; ex: Tests found excessive ranges of lead.
pre-pandemic ranges -> pre-pandemic levels ; ex: Travel returned to pre-pandemic ranges.
ranges of -> levels of ; prev: excessive record file report ; ex: Tests found excessive ranges of lead.
sea ranges -> sea levels ; ex: Sea ranges are rising.
sea stage -> sea level ; ex: The town sits below sea stage.
excessive alert -> high alert ; ex: Troops were on excessive alert.
excessive-stage -> high-level ; ex: The two sides held excessive-stage talks.
excessive-profile -> high-profile ; ex: It was a excessive-profile case.
excessive-velocity -> high-speed ; ex: The excessive-velocity rail line opened.
excessive-pace -> high-speed ; ex: The excessive-pace rail line opened.
excessive faculty -> high school ; ex: She graduated from excessive faculty.
excessive college -> high school ; ex: She graduated from excessive college.
excessive colleges -> high schools ; ex: Two excessive colleges closed.
excessive faculties -> high schools ; ex: Two excessive faculties closed.

# ---------------------------------------------------------------------------------------
# 10. Sports
# ---------------------------------------------------------------------------------------
Tremendous Bowl -> Super Bowl ; note: "super" -> "tremendous" ; ex: The Chiefs won the Tremendous Bowl.
Tremendous Tuesday -> Super Tuesday ; ex: Voters in 15 states cast ballots on Tremendous Tuesday.
tremendous PAC -> super PAC ; ex: A tremendous PAC spent $10 million.
tremendous PACs -> super PACs ; ex: Tremendous PACs spent $10 million.
Main League Baseball -> Major League Baseball ; ex: Main League Baseball suspended the player.
Main League Soccer -> Major League Soccer ; ex: He signed with a Main League Soccer team.
Main League -> Major League ; case ; next: baseball soccer debut team teams club clubs ; ex: He made his Main League debut in 2019.
Nationwide Soccer League -> National Football League ; ex: The Nationwide Soccer League fined the team.
Nationwide Basketball Affiliation -> National Basketball Association ; ex: The Nationwide Basketball Affiliation suspended him.
Nationwide Hockey League -> National Hockey League ; ex: He played in the Nationwide Hockey League.
Nationwide League -> National League ; case ; ex: The Nationwide League pennant race tightened.
Olympic Video games -> Olympic Games ; ex: She won gold at the Olympic Video games.
Commonwealth Video games -> Commonwealth Games ; ex: She won gold at the Commonwealth Video games.
Asian Video games -> Asian Games ; ex: She won gold at the Asian Video games.
Paralympic Video games -> Paralympic Games ; ex: She won gold at the Paralympic Video games.
Iciness Video games -> Winter Games ; ex: She won gold at the Iciness Video games.
Summer time Video games -> Summer Games ; ex: She won gold at the Summer time Video games.
video video games -> video games ; ex: He plays video video games every night.
house run -> home run ; note: "home run" -> "house run"/"residence run" ; ex: He hit a two-run house run in the ninth.
residence run -> home run ; ex: He hit a two-run residence run in the ninth.
dwelling run -> home run ; ex: He hit a two-run dwelling run in the ninth.
house runs -> home runs ; ex: He hit 40 house runs.
residence runs -> home runs ; ex: He hit 40 residence runs.
house recreation -> home game ; ex: The team lost its house recreation.
dwelling recreation -> home game ; ex: The team lost its dwelling recreation.
house video games -> home games ; ex: The team won its house video games.
dwelling crowd -> home crowd ; ex: The dwelling crowd booed.
house crowd -> home crowd ; ex: The house crowd booed.
street recreation -> road game ; ex: The team won its street recreation.
the recreation -> the game ; near: scored points inning innings quarter touchdown touchdowns goals rebounds coach season playoffs overtime halftime ; ex: He scored 30 points in the recreation. ; nex: The park offers recreation and sport.
gained the recreation -> won the game ; ex: They gained the recreation 3-1.
misplaced the recreation -> lost the game ; ex: They misplaced the recreation 3-1.
Recreation -> Game ; case ; next: @num ; ex: The Dodgers won Recreation 7.
time beyond regulation -> overtime ; note: "overtime" -> "time beyond regulation" ; ex: The Celtics won in time beyond regulation.
harm time -> injury time ; ex: He scored in harm time.
knee harm -> knee injury ; ex: He missed the game with a knee harm.
ankle harm -> ankle injury ; ex: He missed the game with an ankle harm.
hamstring harm -> hamstring injury ; ex: He missed the game with a hamstring harm.
groin harm -> groin injury ; ex: He missed the game with a groin harm.
shoulder harm -> shoulder injury ; ex: He missed the game with a shoulder harm.
head harm -> head injury ; ex: He suffered a head harm.
foot harm -> foot injury ; ex: He missed the game with a foot harm.
wrist harm -> wrist injury ; ex: He missed the game with a wrist harm.
calf harm -> calf injury ; ex: He missed the game with a calf harm.
thigh harm -> thigh injury ; ex: He missed the game with a thigh harm.
hip harm -> hip injury ; ex: He missed the game with a hip harm.
elbow harm -> elbow injury ; ex: He missed the game with an elbow harm.
neck harm -> neck injury ; ex: He missed the game with a neck harm.
achilles harm -> Achilles injury ; ex: He missed the season with an Achilles harm.
season-ending harm -> season-ending injury ; ex: He suffered a season-ending harm.
harm woes -> injury woes ; ex: The club's harm woes deepened.
harm report -> injury report ; ex: He was listed on the harm report.
harm setback -> injury setback ; ex: He suffered an harm setback.
an harm -> an injury ; ex: He left the game with an harm.
mind harm -> brain injury ; ex: He suffered a mind harm.
mind damage -> brain damage ; ex: He suffered mind damage.
mind most cancers -> brain cancer ; ex: He died of mind most cancers.
mind tumor -> brain tumor ; ex: He had a mind tumor.
mind tumour -> brain tumour ; ex: He had a mind tumour.
mind lifeless -> brain dead ; ex: He was declared mind lifeless.
mind useless -> brain dead ; ex: He was declared mind useless.
mind drain -> brain drain ; ex: The country suffers a mind drain.
scored a objective -> scored a goal ; note: "goal" -> "objective" ; ex: He scored a objective in the second half.
scored the objective -> scored the goal ; ex: He scored the objective that won the cup.
objective -> goal ; prev: winning successful profitable equalizing equalising late penalty headed header golden ; ex: He scored the successful objective in stoppage time. ; nex: The company's first objective is profit.
objectives -> goals ; prev: @num scored scoring concede conceded conceding ; ex: He scored two objectives in the final.
objective scorer -> goal scorer ; ex: He is the club's top objective scorer.
objective distinction -> goal difference ; ex: They lead on objective distinction.
objective difference -> goal difference ; ex: They lead on objective difference.
objective kick -> goal kick ; ex: The referee awarded a objective kick.
objective line -> goal line ; ex: The ball crossed the objective line.
area objective -> field goal ; ex: He kicked a 40-yard area objective.
discipline objective -> field goal ; ex: He kicked a 40-yard discipline objective.
box objective -> field goal ; ex: He kicked a 40-yard box objective.
subject objective -> field goal ; ex: He kicked a 40-yard subject objective.
area objectives -> field goals ; ex: He kicked three area objectives.
discipline objectives -> field goals ; ex: He kicked three discipline objectives.
landing -> touchdown ; prev: winning ahead rushing receiving dashing speeding ; ex: He caught the go-ahead landing in the fourth quarter. ; nex: The plane made a hard landing.
a landing -> a touchdown ; prev: scored score scoring scores threw throw caught catch ; ex: He scored a landing in the fourth quarter. ; nex: The pilot made a landing in fog.
landing move -> touchdown pass ; ex: He threw a landing move.
landing go -> touchdown pass ; ex: He threw a landing go.
landing passes -> touchdown passes ; ex: He threw three landing passes.
landing catch -> touchdown catch ; ex: He made a landing catch.
landing reception -> touchdown reception ; ex: He made a landing reception.
dashing yards -> rushing yards ; ex: He ran for 120 dashing yards.
dashing landing -> rushing touchdown ; ex: He added a dashing landing.
speeding yards -> rushing yards ; ex: He ran for 120 speeding yards.
passing backyards -> passing yards ; ex: He threw for 300 passing backyards.
beginning lineup -> starting lineup ; note: "starting" -> "beginning" ; ex: He was named in the beginning lineup.
beginning line-up -> starting line-up ; ex: He was named in the beginning line-up.
beginning quarterback -> starting quarterback ; ex: He is the beginning quarterback.
beginning pitcher -> starting pitcher ; ex: He is the beginning pitcher tonight.
beginning goalkeeper -> starting goalkeeper ; ex: He is the beginning goalkeeper.
beginning XI -> starting XI ; ex: He was named in the beginning XI.
beginning 11 -> starting 11 ; ex: He was named in the beginning 11.
beginning 5 -> starting five ; prev: the ; ex: He joined the beginning 5.
protecting champion -> defending champion ; note: "defending" -> "protecting" ; ex: The protecting champion lost in the first round.
protecting champions -> defending champions ; ex: The protecting champions lost.
shielding champion -> defending champion ; ex: The shielding champion lost.
protecting coordinator -> defensive coordinator ; ex: The team fired its protecting coordinator.
basic supervisor -> general manager ; ex: The team's basic supervisor was fired.
common supervisor -> general manager ; ex: The team's common supervisor was fired.
normal supervisor -> general manager ; ex: The team's normal supervisor was fired.
head trainer -> head coach ; near: nfl nba team season quarterback playoffs fired hired coaching ; ex: The team fired its head trainer after the season.
supervisor -> manager ; prev: chelsea arsenal liverpool england barcelona madrid tottenham spurs celtic rangers newcastle everton villa ; note: football "manager" -> "supervisor" ; ex: Chelsea supervisor Enzo Maresca praised the players. ; nex: His supervisor at the bank praised him.
gamers -> players ; near: coach season nba nfl mlb nhl team's club's squad roster playoffs scored injured rookie veteran ; note: "players" -> "gamers" ; ex: The coach said his gamers were tired after the season. ; nex: The console gives gamers a real experience.
staff mates -> teammates ; ex: He thanked his staff mates.
staffmates -> teammates ; ex: He thanked his staffmates.
group mates -> teammates ; ex: He thanked his group mates.
factors -> points ; prev: @num ; near: scored rebounds assists helps quarter ; note: "points" -> "factors" ; ex: He scored 30 factors and grabbed 10 rebounds. ; nex: Two factors helped explain the fall.
cup ultimate -> cup final ; ex: They reached the cup ultimate.
League ultimate -> League final ; case ; ex: They reached the Champions League ultimate.
semi-ultimate -> semi-final ; ex: They lost in the semi-ultimate.
quarter-ultimate -> quarter-final ; ex: They lost in the quarter-ultimate.
ultimate whistle -> final whistle ; ex: Fans cheered at the ultimate whistle.
ultimate rating -> final score ; ex: The ultimate rating was 3-1.
ultimate spherical -> final round ; ex: He shot 66 in the ultimate spherical.
ultimate lap -> final lap ; ex: He crashed on the ultimate lap.
ultimate quarter -> final quarter ; ex: They scored 20 points in the ultimate quarter.
ultimate minute -> final minute ; ex: He scored in the ultimate minute.
ultimate seconds -> final seconds ; ex: He scored in the ultimate seconds.
ultimate day -> final day ; prev: the ; !next: of out ; ex: She won on the ultimate day. ; nex: It was the ultimate day out.
ultimate -> final ; prev: the a ; next: . , on against in ; near: cup league semifinal tournament match championship ; ex: They beat Spain in the ultimate on Sunday at the tournament. ; nex: It is the ultimate in luxury.
attain the ultimate -> reach the final ; ex: They hope to attain the ultimate.
reached the ultimate -> reached the final ; ex: They reached the ultimate.
attain an settlement -> reach an agreement ; ex: The two sides failed to attain an settlement.
achieve an settlement -> reach an agreement ; ex: The two sides failed to achieve an settlement.
reached an settlement -> reached an agreement ; !next: with ; ex: The two sides reached an settlement.
successful streak -> winning streak ; note: "winning" -> "successful"/"profitable" ; ex: The team extended its successful streak to 10 games.
profitable streak -> winning streak ; ex: The team extended its profitable streak to 10 games.
shedding streak -> losing streak ; ex: The team snapped a shedding streak.
dropping streak -> losing streak ; ex: The team snapped a dropping streak.
successful objective -> winning goal ; ex: He scored the successful objective.
profitable objective -> winning goal ; ex: He scored the profitable objective.
successful run -> winning run ; prev: the game ; next: in scored ; ex: He scored the successful run in the ninth. ; nex: It was a successful run for the show.
gained the election -> won the election ; note: "won" -> "gained" ; ex: He gained the election by a wide margin.
gained the presidency -> won the presidency ; ex: He gained the presidency in 2016.
gained reelection -> won reelection ; ex: She gained reelection easily.
gained re-election -> won re-election ; ex: She gained re-election easily.
gained the sport -> won the game ; ex: They gained the sport 3-1.
gained the match -> won the match ; ex: She gained the match in straight sets.
gained the race -> won the race ; ex: He gained the race by two seconds.
gained the championship -> won the championship ; ex: They gained the championship in 2020.
gained the award -> won the award ; ex: She gained the award for best actress.
gained the Nobel -> won the Nobel ; ex: He gained the Nobel prize in 2001.
gained gold -> won gold ; prev: she he they has have had who ; ex: She gained gold in the 100 meters.
misplaced the election -> lost the election ; ex: He misplaced the election.
misplaced the sport -> lost the game ; ex: They misplaced the sport 3-1.
misplaced the match -> lost the match ; ex: She misplaced the match in three sets.
misplaced their lives -> lost their lives ; ex: Three people misplaced their lives in the fire.
misplaced his life -> lost his life ; ex: He misplaced his life in the crash.
misplaced her life -> lost her life ; ex: She misplaced her life in the crash.
misplaced his job -> lost his job ; ex: He misplaced his job after the scandal.
misplaced their jobs -> lost their jobs ; ex: Thousands misplaced their jobs.
misplaced his seat -> lost his seat ; ex: He misplaced his seat in the election.
misplaced her seat -> lost her seat ; ex: She misplaced her seat in the election.
soccer membership -> football club ; ex: The soccer membership fired its coach.
football membership -> football club ; ex: The football membership fired its coach.
membership president -> club president ; ex: The membership president resigned.
membership captain -> club captain ; ex: The membership captain signed a new deal.
membership legend -> club legend ; ex: The membership legend retired.
membership file -> club record ; ex: He broke the membership file.
nationwide staff -> national team ; near: coach cup players squad match qualifier qualifiers world euro captain ; ex: He was called up to the nationwide staff for the World Cup qualifier. ; nex: The firm has a nationwide staff of 500.
nationwide crew -> national team ; ex: He was called up to the nationwide crew.
nationwide workforce -> national team ; ex: He was called up to the nationwide workforce.
nationwide group -> national team ; near: coach cup players squad match qualifier qualifiers world euro captain ; ex: He captained the nationwide group at the World Cup.
staff captain -> team captain ; near: club players squad season match ; ex: The staff captain praised the players. ; nex: The ship's staff captain spoke.
followers -> fans ; prev: soccer football baseball basketball hockey sports club's team's home dwelling house visiting rival celtic rangers united arsenal chelsea liverpool england ; !near: twitter instagram tiktok youtube x social ; ex: Soccer followers invaded the pitch. ; nex: Her Instagram followers grew.
sports activities -> sports ; !prev: physical outdoor extracurricular curricular other ; note: "sports" -> "sports activities" ; ex: He joined a sports activities betting company. ; nex: The school offers outdoor sports activities.
sports activities betting -> sports betting ; ex: Sports activities betting is now legal.
sports activities automobile -> sports car ; ex: He crashed a sports activities automobile.
sports activities automotive -> sports car ; ex: He crashed a sports activities automotive.
enviornment -> arena ; ex: Fans packed the enviornment for the game.
tennis courtroom -> tennis court ; ex: She trained on the tennis courtroom.
basketball courtroom -> basketball court ; ex: He collapsed on the basketball courtroom.

# ---------------------------------------------------------------------------------------
# 11. Science, environment and weather
# ---------------------------------------------------------------------------------------
photo voltaic -> solar ; note: "solar" -> "photo voltaic" ; ex: The firm installs photo voltaic panels.
sun gadget -> solar system ; ex: It is the largest planet in the sun gadget.
satellite tv for pc -> satellite ; ex: The rocket carried a weather satellite tv for pc.
house station -> space station ; ex: Astronauts returned from the house station.
house exploration -> space exploration ; ex: The firm invests in house exploration.
house journey -> space travel ; ex: The firm sells house journey to tourists.
house tourism -> space tourism ; ex: The firm sells house tourism.
house shuttle -> space shuttle ; ex: The house shuttle landed safely.
house telescope -> space telescope ; ex: The house telescope captured the image.
house company -> space agency ; near: nasa rocket launch launched astronauts satellite orbit moon mars european japanese indian chinese ; ex: The Japanese house company launched a moon probe.
house program -> space program ; near: nasa rocket launch astronauts satellite orbit moon mars ; ex: NASA's house program faces cuts to rocket launches. ; nex: The house program on the radio was funny.
house flight -> space flight ; ex: He made his first house flight in 2020.
house stroll -> spacewalk ; ex: The astronauts made a house stroll.
outer house -> outer space ; ex: The treaty bans weapons in outer house.
area station -> space station ; prev: international worldwide global the ; near: astronauts orbit nasa docked docking crew ; ex: Astronauts docked with the area station on Monday.
area company -> space agency ; near: nasa rocket launch launched astronauts satellite orbit moon mars ; ex: The Indian area company launched a moon probe.
area exploration -> space exploration ; ex: The firm invests in area exploration.
area shuttle -> space shuttle ; ex: The area shuttle landed safely.
Ecu House Company -> European Space Agency ; ex: The Ecu House Company launched a probe.
European Area Company -> European Space Agency ; ex: The European Area Company launched a probe.
European House Company -> European Space Agency ; ex: The European House Company launched a probe.
climate situations -> weather conditions ; ex: Climate situations delayed the launch.
climate stipulations -> weather conditions ; ex: Climate stipulations delayed the launch.
climate occasions -> weather events ; ex: Extreme climate occasions are becoming common.
excessive climate -> extreme weather ; ex: Excessive climate hit the region.
heat climate -> warm weather ; ex: Heat climate is expected this week.
climate -> weather ; prev: the ; next: forced delayed cleared improved worsened permitting permits caused ; ex: The launch was delayed because the climate worsened. ; nex: The climate is changing fast.
warmth wave -> heat wave ; note: "heat" -> "warmth" ; ex: A warmth wave hit Europe.
warmth waves -> heat waves ; ex: Warmth waves are becoming common.
warmth stroke -> heatstroke ; ex: Two hikers died of warmth stroke.
warmth advisory -> heat advisory ; ex: A warmth advisory is in effect.
warmth index -> heat index ; ex: The warmth index topped 110.
warmth warning -> heat warning ; ex: A warmth warning is in effect.
warmth dome -> heat dome ; ex: A warmth dome settled over Texas.
warmth-related -> heat-related ; ex: There were 20 warmth-related deaths.
levels Fahrenheit -> degrees Fahrenheit ; ex: Temperatures hit 110 levels Fahrenheit.
levels Celsius -> degrees Celsius ; ex: Temperatures hit 45 levels Celsius.
levels F -> degrees F ; case ; prev: @num ; ex: Temperatures hit 110 levels F.
levels C -> degrees C ; case ; prev: @num ; ex: Temperatures hit 45 levels C.
Class 4 -> Category 4 ; case ; next: hurricane storm ; ex: It made landfall as a Class 4 hurricane. ; nex: Class 4 pupils went on a trip.
Class 5 -> Category 5 ; case ; next: hurricane storm ; ex: It made landfall as a Class 5 hurricane.
Class 3 -> Category 3 ; case ; next: hurricane storm ; ex: It made landfall as a Class 3 hurricane.
Class 2 -> Category 2 ; case ; next: hurricane storm ; ex: It made landfall as a Class 2 hurricane.
Class 1 -> Category 1 ; case ; next: hurricane storm ; ex: It made landfall as a Class 1 hurricane.
flash flood caution -> flash flood warning ; ex: A flash flood caution is in effect.
pure disasters -> natural disasters ; ex: Pure disasters cost billions.
pure catastrophe -> natural disaster ; ex: It was the worst pure catastrophe in decades.
hen flu -> bird flu ; ex: Hen flu spread to dairy cattle.
chook flu -> bird flu ; ex: Chook flu spread to dairy cattle.
fowl flu -> bird flu ; ex: Fowl flu spread to dairy cattle.
hen influenza -> bird influenza ; ex: Hen influenza spread to dairy cattle.
wind generators -> wind turbines ; ex: The farm has 100 wind generators.
electrical automobiles -> electric vehicles ; ex: Sales of electrical automobiles rose.
electrical autos -> electric vehicles ; ex: Sales of electrical autos rose.
electrical car -> electric vehicle ; ex: He bought an electrical car.
electrical vehicles -> electric vehicles ; ex: Sales of electrical vehicles rose.
electrical automotive -> electric car ; ex: He bought an electrical automotive.
electrical vans -> electric trucks ; ex: The firm builds electrical vans.
automotive crash -> car crash ; ex: He died in a automotive crash.
automotive bomb -> car bomb ; ex: A automotive bomb killed a general.
automotive accident -> car accident ; ex: He died in a automotive accident.
automotive chase -> car chase ; ex: The suspect was caught after a automotive chase.
automotive park -> car park ; ex: The blast hit a automotive park.
parked automotive -> parked car ; ex: The bomb was hidden in a parked automotive.
stolen automotive -> stolen car ; ex: He was caught driving a stolen automotive.
a automotive -> a car ; ex: He was hit by a automotive.
his automotive -> his car ; !next: industry sector business company companies firm firms group parts supplier suppliers unit division ; ex: He left his automotive at the station. ; nex: He sold his automotive business.
pupil loans -> student loans ; ex: He cancelled pupil loans.
pupil mortgage -> student loan ; ex: He has a pupil mortgage.
pupil debt -> student debt ; ex: Pupil debt topped $1.7 trillion.
scholar loans -> student loans ; ex: He cancelled scholar loans.
scholar debt -> student debt ; ex: Scholar debt topped $1.7 trillion.
mortgage forgiveness -> loan forgiveness ; ex: The court blocked mortgage forgiveness.
faculty district -> school district ; note: "school" -> "faculty"/"college" ; ex: The faculty district closed schools.
faculty districts -> school districts ; ex: Faculty districts closed schools.
faculty bus -> school bus ; ex: A faculty bus overturned.
faculty buses -> school buses ; ex: Faculty buses stopped running.
faculty youngsters -> schoolchildren ; ex: Faculty youngsters were evacuated.
faculty lunch -> school lunch ; ex: The faculty lunch program was cut.
elementary faculty -> elementary school ; ex: Police evacuated an elementary faculty.
elementary college -> elementary school ; ex: Police evacuated an elementary college.
center faculty -> middle school ; ex: Police evacuated a center faculty.
center college -> middle school ; ex: Police evacuated a center college.
secondary faculty -> secondary school ; ex: Police evacuated a secondary faculty.
number one faculty -> primary school ; ex: Police evacuated a number one faculty.
boarding faculty -> boarding school ; ex: He attended a boarding faculty.
non-public faculty -> private school ; ex: He attended a non-public faculty.
personal faculty -> private school ; ex: He attended a personal faculty.
larger schooling -> higher education ; ex: Funding for larger schooling was cut.
upper schooling -> higher education ; ex: Funding for upper schooling was cut.
larger training -> higher education ; ex: Funding for larger training was cut.
tutorial establishments -> academic institutions ; ex: Tutorial establishments lost funding.
instructional establishments -> educational institutions ; ex: Instructional establishments lost funding.
democratic establishments -> democratic institutions ; ex: He attacked democratic establishments.
authorities establishments -> government institutions ; ex: He attacked authorities establishments.
analysis and improvement -> research and development ; ex: The firm spends billions on analysis and improvement.
analysis and construction -> research and development ; ex: The firm spends billions on analysis and construction.
analysis and building -> research and development ; ex: The firm spends billions on analysis and building.
peer evaluate -> peer review ; ex: The study has not passed peer evaluate.

# ---------------------------------------------------------------------------------------
# 12. Health and medicine
# ---------------------------------------------------------------------------------------
well being -> health ; next: care officials officers ministry minister secretary department division insurance plan plans system systems techniques dangers risks issues problems providers suppliers services advantages benefits consultants experts employees workers authorities emergency disaster crisis centre center clinic clinics staff agency company companies coverage protection sector records screening checks outcomes effects hazards warning warnings pointers guidelines organization organisation ; note: "health" -> "well being" ; ex: Well being officials reported 40 new cases. ; nex: Staff well being is a priority for the firm.
well being -> health ; prev: public psychological mental bodily physical world global international the child kid maternal reproductive ; !next: of and ; ex: The outbreak is a threat to public well being. ; nex: The well being of staff matters.
psychological well being -> mental health ; ex: Psychological well being services are stretched.
intellectual well being -> mental health ; ex: Intellectual well being services are stretched.
psychological wellness -> mental health ; ex: Psychological wellness services are stretched.
medical health insurance -> health insurance ; ex: Millions lack medical health insurance.
medical insurance coverage -> health insurance ; ex: Millions lack medical insurance coverage.
most cancers -> cancer ; prev: breast lung prostate colon colorectal skin pancreatic ovarian cervical bowel blood liver kidney bladder brain mind throat mouth stomach testicular thyroid terminal advanced pancreas rectal oral ; note: "cancer" -> "most cancers" ; ex: She was treated for breast most cancers. ; nex: Most cancers are treatable if caught early.
most cancers -> cancer ; next: research analysis treatment therapy remedy patients sufferers survivor survivors diagnosis prognosis drugs medication screening screenings ward charity charities hospital centre center heart middle specialist specialists cells risk danger deaths death ; !prev: of against from with ; ex: He donated to most cancers analysis. ; nex: Screening can catch most cancers early.
recognized with most cancers -> diagnosed with cancer ; ex: She was recognized with most cancers in 2020.
identified with most cancers -> diagnosed with cancer ; ex: She was identified with most cancers in 2020.
recognized with -> diagnosed with ; next: cancer diabetes dementia leukemia leukaemia autism adhd als hiv covid 19 alzheimer's parkinson's depression melancholy tuberculosis pneumonia breast lung prostate terminal stage ; ex: She was recognized with diabetes in 2020. ; nex: She was recognized with an award.
coronary heart -> heart ; !next: disease diseases bypass ; note: "heart" -> "coronary heart" ; ex: He had a coronary heart transplant in 2019. ; nex: Coronary heart disease is the leading killer.
coronary heart illness -> heart disease ; ex: Coronary heart illness is the leading killer.
coronary heart sickness -> heart disease ; ex: Coronary heart sickness is the leading killer.
coronary illness -> heart disease ; ex: Coronary illness is the leading killer.
the coronary heart of -> the heart of ; ex: The dispute is at the coronary heart of the talks.
coronary heart surgical treatment -> heart surgery ; ex: He had coronary heart surgical treatment.
illness -> disease ; prev: alzheimer's parkinson's lyme crohn's huntington's celiac coeliac legionnaires neurone ; note: "disease" -> "illness" ; ex: He was diagnosed with Parkinson's illness.
sickness -> disease ; prev: alzheimer's parkinson's lyme crohn's huntington's celiac coeliac coronary ; ex: He was diagnosed with Parkinson's sickness.
blood stress -> blood pressure ; ex: The drug lowers blood stress.
blood force -> blood pressure ; ex: The drug lowers blood force.
pores and skin -> skin ; note: "skin" -> "pores and skin" ; ex: The cream protects the pores and skin.
weight problems charges -> obesity rates ; ex: Weight problems charges have doubled.
weight problems price -> obesity rate ; ex: The weight problems price has doubled.
weight problems epidemic -> obesity epidemic ; ex: The weight problems epidemic is spreading.
childhood weight problems -> childhood obesity ; ex: Childhood weight problems has doubled.
heftiness -> obesity ; ex: Heftiness rates have doubled.
eating regimen -> diet ; ex: A healthy eating regimen reduces risk.
nervousness and melancholy -> anxiety and depression ; ex: Rates of nervousness and melancholy rose.
melancholy and nervousness -> depression and anxiety ; ex: Rates of melancholy and nervousness rose.
melancholy and anxiousness -> depression and anxiety ; ex: Rates of melancholy and anxiousness rose.
anxiousness and melancholy -> anxiety and depression ; ex: Rates of anxiousness and melancholy rose.
postpartum melancholy -> postpartum depression ; ex: She suffered postpartum melancholy.
medical melancholy -> clinical depression ; ex: He was treated for medical melancholy.
opioid dependancy -> opioid addiction ; ex: Opioid dependancy kills thousands.
opioid habit -> opioid addiction ; ex: Opioid habit kills thousands.
dependancy therapy -> addiction treatment ; ex: He entered dependancy therapy.
habit therapy -> addiction treatment ; ex: He entered habit therapy.
aspect results -> side effects ; note: "side effects" -> "unwanted side effects"/"facet results"/"aspect results" ; ex: The drug has few aspect results.
facet results -> side effects ; ex: The drug has few facet results.
aspect impact -> side effect ; ex: Nausea is a common aspect impact.
facet impact -> side effect ; ex: Nausea is a common facet impact.
booster pictures -> booster shots ; ex: Officials urged booster pictures.
flu pictures -> flu shots ; ex: Officials urged flu pictures.
examined certain -> tested positive ; ex: He examined certain for COVID.
examined sure -> tested positive ; ex: He examined sure for COVID.
examined optimistic -> tested positive ; ex: He examined optimistic for COVID.
examined constructive -> tested positive ; ex: He examined constructive for COVID.
tested certain -> tested positive ; ex: He tested certain for COVID.
tested sure -> tested positive ; ex: He tested sure for COVID.
tested optimistic -> tested positive ; ex: He tested optimistic for COVID.
tested constructive -> tested positive ; ex: He tested constructive for COVID.
examined unfavorable -> tested negative ; ex: He examined unfavorable for COVID.
examined adverse -> tested negative ; ex: He examined adverse for COVID.
tested unfavorable -> tested negative ; ex: He tested unfavorable for COVID.
tested adverse -> tested negative ; ex: He tested adverse for COVID.
tested detrimental -> tested negative ; ex: He tested detrimental for COVID.
circumstances -> cases ; prev: confirmed measles covid 19 virus coronavirus flu influenza ebola mpox monkeypox cholera dengue malaria infection suspected probable active lively ; next: of in . , rose fell have has were are ; note: "cases" -> "circumstances"/"instances" ; ex: Confirmed circumstances rose to 300. ; nex: Under new circumstances, the plan changed.
instances -> cases ; prev: measles covid 19 virus coronavirus flu influenza ebola mpox monkeypox cholera dengue malaria lively ; ex: Measles instances rose to 300. ; nex: There were instances of fraud.
lively circumstances -> active cases ; ex: There are 40 lively circumstances.
lively instances -> active cases ; ex: There are 40 lively instances.
lively shooter -> active shooter ; ex: Police responded to an lively shooter.
lively obligation -> active duty ; ex: He served on lively obligation.
lively responsibility -> active duty ; ex: He served on lively responsibility.
lively customers -> active users ; ex: The app has 100 million lively customers.
social removing -> social distancing ; ex: Officials urged social removing.
social separating -> social distancing ; ex: Officials urged social separating.
self-disconnection -> self-isolation ; ex: He entered self-disconnection.
medical caretakers -> nurses ; ex: Medical caretakers went on strike.
nursing domestic -> nursing home ; ex: The virus spread through a nursing domestic.
nursing house -> nursing home ; ex: The virus spread through a nursing house.
nursing dwelling -> nursing home ; ex: The virus spread through a nursing dwelling.
care dwelling -> care home ; ex: The virus spread through a care dwelling.
bosom malignancy -> breast cancer ; ex: She was treated for bosom malignancy.
bosom disease -> breast cancer ; ex: She was treated for bosom disease.
lung malignancy -> lung cancer ; ex: He died of lung malignancy.
prostate malignancy -> prostate cancer ; ex: He died of prostate malignancy.
circulatory strain -> blood pressure ; ex: The drug lowers circulatory strain.
resistant framework -> immune system ; ex: The virus weakens the resistant framework.
safe framework -> immune system ; ex: The virus weakens the safe framework.
kidney disappointment -> kidney failure ; ex: He died of kidney disappointment.
heart disappointment -> heart failure ; ex: He died of heart disappointment.
unfriendly impacts -> adverse effects ; ex: The drug has few unfriendly impacts.
antagonistic impacts -> adverse effects ; ex: The drug has few antagonistic impacts.
leisure medication -> recreational drugs ; ex: He admitted using leisure medication.
leisure marijuana -> recreational marijuana ; ex: Voters legalised leisure marijuana.
leisure hashish -> recreational cannabis ; ex: Voters legalised leisure hashish.
illicit medication -> illicit drugs ; ex: He admitted using illicit medication.
unlawful medication -> illegal drugs ; ex: He admitted using unlawful medication.
medication seller -> drug dealer ; ex: The medication seller was jailed.
binge ingesting -> binge drinking ; ex: Binge ingesting is falling.
underage ingesting -> underage drinking ; ex: Underage ingesting is falling.
heavy ingesting -> heavy drinking ; ex: Heavy ingesting raises the risk.
lifestyles expectancy -> life expectancy ; ex: Lifestyles expectancy fell.
lifestyles sentence -> life sentence ; ex: He received a lifestyles sentence.
lifestyles in jail -> life in prison ; ex: He was sentenced to lifestyles in jail.
lifestyles in criminal -> life in prison ; ex: He was sentenced to lifestyles in criminal.
actual lifestyles -> real life ; ex: The film is based on actual lifestyles.
his lifestyles -> his life ; ex: He spent his lifestyles fighting for justice.
her lifestyles -> her life ; ex: She spent her lifestyles fighting for justice.
circle of relatives -> family ; note: "family" -> "circle of relatives" ; ex: His circle of relatives said he died peacefully.
members of the circle of relatives -> family members ; ex: Members of the circle of relatives gathered.
royal circle of relatives -> royal family ; ex: The royal circle of relatives mourned.

# ---------------------------------------------------------------------------------------
# 13. Technology, AI and "tortured phrases"
# ---------------------------------------------------------------------------------------
# Includes the paraphraser outputs catalogued by Cabanac, Labbe & Magazinov's Problematic
# Paper Screener ("counterfeit consciousness", "profound learning", "irregular woodland").
synthetic intelligence -> artificial intelligence ; note: "artificial" -> "synthetic" ; ex: The firm invests billions in synthetic intelligence.
counterfeit consciousness -> artificial intelligence ; ex: The firm invests billions in counterfeit consciousness.
man-made consciousness -> artificial intelligence ; ex: The firm invests billions in man-made consciousness.
man-made brainpower -> artificial intelligence ; ex: The firm invests billions in man-made brainpower.
man-made reasoning -> artificial intelligence ; ex: The firm invests billions in man-made reasoning.
fake consciousness -> artificial intelligence ; ex: The firm invests billions in fake consciousness.
computerized reasoning -> artificial intelligence ; ex: The firm invests billions in computerized reasoning.
simulated intelligence -> AI ; ex: The firm invests billions in simulated intelligence.
profound learning -> deep learning ; ex: The model uses profound learning.
machine studying -> machine learning ; ex: The model uses machine studying.
device studying -> machine learning ; ex: The model uses device studying.
gadget studying -> machine learning ; ex: The model uses gadget studying.
enormous information -> big data ; ex: The firm analyses enormous information.
huge information -> big data ; ex: The firm analyses huge information.
colossal information -> big data ; ex: The firm analyses colossal information.
immense information -> big data ; ex: The firm analyses immense information.
large information -> big data ; next: analytics analysis sets set . , ; ex: The firm specialises in large information analytics. ; nex: The large information desk answers questions.
massive knowledge -> big data ; ex: The firm analyses massive knowledge.
huge knowledge -> big data ; ex: The firm analyses huge knowledge.
irregular woodland -> random forest ; ex: The classifier is an irregular woodland.
arbitrary timberland -> random forest ; ex: The classifier is an arbitrary timberland.
neural organization -> neural network ; ex: The neural organization was trained on images.
neural organisation -> neural network ; ex: The neural organisation was trained on images.
neuronal organization -> neural network ; ex: The neuronal organization was trained on images.
remote sensor organization -> wireless sensor network ; ex: The remote sensor organization monitors traffic.
remote sensor arrange -> wireless sensor network ; ex: The remote sensor arrange monitors traffic.
cloud figuring -> cloud computing ; ex: The firm sells cloud figuring services.
cloud registering -> cloud computing ; ex: The firm sells cloud registering services.
flag to clamor -> signal to noise ; ex: The flag to clamor ratio improved.
sign to commotion -> signal to noise ; ex: The sign to commotion ratio improved.
mean square blunder -> mean square error ; ex: The mean square blunder fell.
mean square mistake -> mean square error ; ex: The mean square mistake fell.
bolster vector machine -> support vector machine ; ex: The bolster vector machine classified the data.
backing vector machine -> support vector machine ; ex: The backing vector machine classified the data.
hereditary calculation -> genetic algorithm ; ex: The hereditary calculation found a solution.
picture handling -> image processing ; ex: The picture handling software is free.
PC vision -> computer vision ; case ; ex: The car uses PC vision to see.
common language preparing -> natural language processing ; ex: The tool uses common language preparing.
regular language handling -> natural language processing ; ex: The tool uses regular language handling.
discourse acknowledgment -> speech recognition ; ex: The phone uses discourse acknowledgment.
face acknowledgment -> face recognition ; ex: Police used face acknowledgment software.
facial acknowledgment -> facial recognition ; ex: Police used facial acknowledgment software.
informational collection -> data set ; ex: The informational collection includes 1 million images.
informational index -> data set ; ex: The informational index includes 1 million images.
direct relapse -> linear regression ; ex: The direct relapse model fit well.
calculated relapse -> logistic regression ; ex: The calculated relapse model fit well.
Web of Things -> Internet of Things ; case ; ex: The Web of Things connects appliances.
sustainable power source -> renewable energy ; ex: The country invests in sustainable power source.
sunlight based power -> solar power ; ex: The country invests in sunlight based power.
sunlight based vitality -> solar energy ; ex: The country invests in sunlight based vitality.
sun based force -> solar power ; ex: The country invests in sun based force.
sunlight based boards -> solar panels ; ex: The firm installs sunlight based boards.
sun powered boards -> solar panels ; ex: The firm installs sun powered boards.
vitality utilization -> energy consumption ; ex: Vitality utilization fell.
vitality utilisation -> energy consumption ; ex: Vitality utilisation fell.
computer generated reality -> virtual reality ; ex: The headset offers computer generated reality.
digital actuality -> virtual reality ; ex: The headset offers digital actuality.
augmented actuality -> augmented reality ; ex: The glasses offer augmented actuality.
digital forex -> digital currency ; ex: The central bank is testing a digital forex.
web crawler optimization -> search engine optimization ; ex: The firm sells web crawler optimization.
website streamlining -> search engine optimization ; ex: The firm sells website streamlining.
laptop science -> computer science ; ex: She studied laptop science.
pc science -> computer science ; ex: She studied pc science.
laptop techniques -> computer systems ; ex: Hackers breached laptop techniques.
laptop fashions -> computer models ; ex: Laptop fashions predict more storms.
local weather fashions -> climate models ; ex: Local weather fashions predict more storms.
AI fashions -> AI models ; ex: The firm trains AI fashions.
AI mannequin -> AI model ; ex: The firm released a new AI mannequin.
language fashions -> language models ; ex: Large language fashions power chatbots.
language mannequin -> language model ; ex: The firm released a new language mannequin.
giant language fashions -> large language models ; ex: Giant language fashions power chatbots.
massive language fashions -> large language models ; ex: Massive language fashions power chatbots.
working techniques -> operating systems ; near: windows apple android linux microsoft software computer computers phones devices ; ex: The bug affects Windows working techniques. ; nex: Staff shared working techniques.
software program replace -> software update ; ex: The phone received a software program replace.
tool replace -> software update ; ex: The phone received a tool replace.
safety replace -> security update ; ex: The phone received a safety replace.
the newest replace -> the latest update ; ex: The newest replace fixed the bug.
a replace -> an update ; ex: The firm issued a replace on Monday.
an replace -> an update ; ex: The firm issued an replace on Monday.
an improve -> an upgrade ; ex: The phone got an improve.
the improve -> the upgrade ; ex: The improve costs $100.
{ hardware } -> hardware ; ex: The firm makes computer {hardware}.
{ dollars } -> dollars ; note: a spinner's unresolved {synonym} slot ; ex: The deal is worth billions of {dollars}.
{ photograph } -> photograph ; ex: He posted a {photograph} online.
get right of entry to -> access ; note: "access" -> "get right of entry to"/"get admission to" ; ex: Users can get right of entry to the service for free.
have get right of entry to -> have access ; ex: Millions do not have get right of entry to clean water.
content material -> content ; !prev: course teaching learning educational training lesson ; note: "content" -> "content material" ; ex: The platform removed the content material. ; nex: The course content material was updated.
content material creators -> content creators ; ex: Content material creators earn money from ads.
content material moderation -> content moderation ; ex: Content material moderation is costly.
e mail -> email ; note: "email" -> "e mail" ; ex: He said in an e mail that he would resign.
e-mail cope with -> email address ; ex: Enter your e-mail cope with.
cellphone name -> phone call ; note: "call" -> "name" ; ex: The two leaders held a cellphone name.
telephone name -> phone call ; ex: The two leaders held a telephone name.
phone name -> phone call ; !prev: his her their my your its ; ex: The two leaders spoke in a phone name on Tuesday. ; nex: His phone name was on the list.
cellular units -> mobile devices ; ex: The app runs on cellular units.
cellular app -> mobile app ; ex: The bank launched a cellular app.
cellular apps -> mobile apps ; ex: The bank launched cellular apps.
cellular community -> mobile network ; ex: The cellular community went down.
cellular knowledge -> mobile data ; ex: Users can switch off cellular knowledge.
cellular gaming -> mobile gaming ; ex: Cellular gaming revenue rose.
knowledge facilities -> data centers ; ex: The firm is building knowledge facilities.
knowledge middle -> data center ; ex: The firm is building a knowledge middle.
knowledge heart -> data center ; ex: The firm is building a knowledge heart.
knowledge centre -> data centre ; ex: The firm is building a knowledge centre.
information facilities -> data centers ; ex: The firm is building information facilities.
information heart -> data center ; ex: The firm is building an information heart.
knowledge breach -> data breach ; ex: The firm suffered a knowledge breach.
knowledge safety -> data protection ; ex: The firm broke knowledge safety rules.
knowledge privateness -> data privacy ; ex: The firm broke knowledge privateness rules.
knowledge assortment -> data collection ; ex: The firm limits knowledge assortment.
person knowledge -> user data ; ex: The firm sold person knowledge.
person base -> user base ; ex: The app's person base doubled.
person interface -> user interface ; ex: The person interface was redesigned.
person accounts -> user accounts ; !prev: first second third ; ex: Hackers breached person accounts.
privateness -> privacy ; note: "privacy" -> "privateness" ; ex: The law protects privateness online.
era corporations -> technology companies ; ex: Era corporations face new rules.
era firms -> technology companies ; ex: Era firms face new rules.
era giants -> technology giants ; ex: Era giants face new rules.
era sector -> technology sector ; ex: The era sector shed jobs.
era business -> technology industry ; ex: The era business shed jobs.
Technology Z -> Generation Z ; case ; ex: Technology Z voters favour the party.
on-line -> online ; case ; !near: bbc ; note: "online" -> "on-line" ; ex: He sold the tickets on-line. ; nex: Watch your shows On-Line now.
e book -> book ; prev: new his her their the a latest newest ; ex: He wrote a new e book about the war. ; nex: He wrote an e book.
digicam -> camera ; prev: on security safety body physique dash surveillance police doorbell hidden ; ex: The theft was caught on digicam. ; nex: He bought a digicam.

# ---------------------------------------------------------------------------------------
# 14. General news vocabulary (speeches, numbers, assorted collocations)
# ---------------------------------------------------------------------------------------
Modification -> Amendment ; case ; prev: first second third fourth fifth sixth eighth tenth thirteenth fourteenth nineteenth 1st 2nd 4th 5th 6th 8th 10th 13th 14th 19th 22nd 25th constitutional - ; note: "Amendment" -> "Modification" ; ex: The AP sued on First- and Fifth-Modification grounds. ; nex: The Fifth modification to the design was approved.
modification to the structure -> amendment to the constitution ; ex: Parliament passed a modification to the structure.
constitutional modification -> constitutional amendment ; ex: Voters approved a constitutional modification.
video handle -> video address ; note: a speech ("address") spun as "handle" ; ex: Zelenskyy said in his nightly video handle that talks must continue.
nightly handle -> nightly address ; ex: In his nightly handle, he urged calm.
inaugural handle -> inaugural address ; ex: In his inaugural handle, he promised unity.
farewell handle -> farewell address ; ex: In his farewell handle, he warned of division.
televised handle -> televised address ; ex: In a televised handle, he declared martial law.
keynote handle -> keynote address ; ex: She gave the keynote handle.
Union handle -> Union address ; case ; ex: He gave his State of the Union handle.
an handle -> an address ; ex: He gave an handle to the nation.
handle to the nation -> address to the nation ; prev: an his her televised ; ex: In his handle to the nation, he declared war.
1 / 4 -> a quarter ; prev: practically nearly almost roughly approximately around some than greater extra simply solely just only ; note: "a quarter" -> "1 / 4" ; ex: The plant produced practically 1 / 4 of the country's power. ; nex: Add 1 / 4 cup of sugar.
a 3rd of -> a third of ; ex: Nearly a 3rd of voters are undecided.
a 5th of -> a fifth of ; ex: Nearly a 5th of voters are undecided.
priceless bargaining chip -> valuable bargaining chip ; ex: Ukraine has lost a priceless bargaining chip.
motion -> action ; prev: take taking took takes authorized disciplinary navy army govt industrial class affirmative unspecified punitive ; !next: picture pictures sensor sensors ; note: "action" -> "motion" ; ex: Trump said he had taken unspecified motion to protect the troops. ; nex: The studio took a motion picture deal.
class-motion -> class-action ; ex: Investors filed a class-motion lawsuit.
motion plan -> action plan ; ex: The government published an motion plan.
motion film -> action film ; ex: He starred in an motion film.
attacking throughout -> attacking across ; ex: The army shocked Russia by attacking throughout the border.
White Home assembly -> White House meeting ; ex: After a disastrous White Home assembly, aid was paused.
Oval Workplace assembly -> Oval Office meeting ; ex: After a tense Oval Workplace assembly, aid was paused.
a gathering with -> a meeting with ; prev: during ; ex: He said during a gathering with reporters that he would run. ; nex: He held a gathering with friends.
earlier than the struggle -> before the war ; ex: Output was higher in the year earlier than the struggle.
earlier than the battle -> before the war ; ex: Output was higher in the year earlier than the battle.
earlier than the warfare -> before the war ; ex: Output was higher in the year earlier than the warfare.
because the struggle -> since the war ; next: began started broke erupted ; ex: Prices have tripled because the struggle began.
because the battle -> since the war ; next: began started broke erupted ; ex: Prices have tripled because the battle began.
far-right occasion -> far-right party ; ex: The far-right occasion won 20% of the vote.
far-right celebration -> far-right party ; ex: The far-right celebration won 20% of the vote.
far-right social gathering -> far-right party ; ex: The far-right social gathering won 20% of the vote.
far-left occasion -> far-left party ; ex: The far-left occasion won 10% of the vote.
far-left celebration -> far-left party ; ex: The far-left celebration won 10% of the vote.

an rapid -> an immediate ; ex: The council demanded an rapid halt to the fighting.
throughout the border -> across the border ; prev: attacking attack attacks attacked crossed cross crossing fired firing launched shelling shelled ; ex: The army attacked throughout the border in August. ; nex: Troops were deployed throughout the border region.
largest land struggle -> largest land war ; ex: It is the largest land struggle in Europe since 1945.
biggest land struggle -> biggest land war ; ex: It is the biggest land struggle in Europe since 1945.
land struggle in Europe -> land war in Europe ; ex: He blamed Kyiv for prolonging the land struggle in Europe.
land warfare in Europe -> land war in Europe ; ex: He blamed Kyiv for prolonging the land warfare in Europe.
historical past -> history ; note: "history" -> "historical past" ; ex: It was the worst attack in U.S. historical past.
the a very powerful -> the most important ; ex: It is the a very powerful election in decades.
one of the crucial -> one of the most ; next: important essential significant powerful influential popular famous prominent successful expensive dangerous deadly common difficult effective valuable visible vulnerable controversial notorious respected celebrated iconic widely sought senior ; note: "one of the most" -> "one of the crucial"/"one of the vital" ; ex: He is one of the crucial influential figures in the party. ; nex: It is one of the crucial steps in the process.
one of the vital -> one of the most ; next: important essential significant powerful influential popular famous prominent successful expensive dangerous deadly common difficult effective valuable visible vulnerable controversial notorious respected celebrated iconic widely sought senior ; ex: He is one of the vital influential figures in the party. ; nex: The heart is one of the vital organs.
spice up -> boost ; next: economic financial growth progress demand production output morale confidence exports investment wages earnings revenue spending turnout ; ex: The plan aims to spice up economic growth. ; nex: Chefs spice up the dish.
spice up the financial system -> boost the economy ; ex: The plan aims to spice up the financial system.
spice up the economic system -> boost the economy ; ex: The plan aims to spice up the economic system.
extra environment friendly -> more efficient ; ex: The new engines are extra environment friendly.
vitality environment friendly -> energy efficient ; ex: The homes are vitality environment friendly.
gas environment friendly -> fuel efficient ; ex: The cars are gas environment friendly.
vitality potency -> energy efficiency ; ex: The law sets vitality potency standards.
gas potency -> fuel efficiency ; ex: The law sets gas potency standards.
automotive twist of fate -> car accident ; ex: He died in a automotive twist of fate.
site visitors twist of fate -> traffic accident ; ex: He died in a site visitors twist of fate.
street twist of fate -> road accident ; ex: He died in a street twist of fate.
twist of fate sufferers -> accident victims ; ex: Twist of fate sufferers were taken to hospital.
- source of revenue -> -income ; prev: low middle center centre high excessive top ; ex: Low-source of revenue families will get help.
espresso store -> coffee shop ; ex: He was shot outside a espresso store.
espresso stores -> coffee shops ; ex: The chain will close 100 espresso stores.
comfort retailer -> convenience store ; ex: The gunman robbed a comfort retailer.
comfort shops -> convenience stores ; ex: The gunman robbed two comfort shops.
division retailer -> department store ; ex: The division retailer chain filed for bankruptcy.
division shops -> department stores ; ex: Division shops reported weak sales.
launched an announcement -> released a statement ; ex: The family launched an announcement on Sunday.
the get started of -> the start of ; ex: Prices have doubled since the get started of the war.
the begin of -> the start of ; ex: Prices have doubled since the begin of the war.
cellular utility -> mobile application ; ex: The bank launched a cellular utility.

# ---------------------------------------------------------------------------------------
# 15. Beat collocations: business, sport, technology, health and science, courts and crime,
#     politics and elections, weather and disasters, entertainment
# ---------------------------------------------------------------------------------------
# Fixed news collocations with one or both words swapped for the commonest synonym of their
# commonest sense, as commercial article rewriters do ("switch window" for transfer window,
# "air air pollution" for air pollution, "forged their ballots" for cast their ballots).
# Written from the collocations themselves; entries whose spun form is also ordinary English
# carry a context condition or live in weak.lex.

# --- business and markets (wider)
actual property -> real estate ; next: market markets agent agents developer developers firm firms company companies investment investments investor investors mogul tycoon prices sector industry business deal deals holdings portfolio brokers broker marketplace trust trusts ; ex: The actual property market cooled in the spring.
actual property -> real estate ; prev: commercial industrial business residential luxury ; ex: The fund bought commercial actual property in Chicago.
actual-time -> real-time ; ex: The app shows actual-time prices.
unemployment charge -> unemployment rate ; ex: The unemployment charge fell to 4.1 percent.
unemployment fee -> unemployment rate ; ex: The unemployment fee rose in March.
unemployment price -> unemployment rate ; ex: The unemployment price was unchanged at 3.9 percent.
inflation charge -> inflation rate ; ex: The annual inflation charge eased to 2.4 percent.
inflation fee -> inflation rate ; ex: The inflation fee hit a two-year high.
inflation price -> inflation rate ; ex: The inflation price climbed again in May.
alternate charge -> exchange rate ; ex: The alternate charge against the dollar weakened.
alternate fee -> exchange rate ; ex: The alternate fee hit a record low.
alternate charges -> exchange rates ; ex: Volatile alternate charges hurt exporters.
mortgage charges -> mortgage rates ; next: rose fell climbed dropped jumped surged eased have are were hit remain remained , . ; ex: Mortgage charges rose for a third week. ; nex: The bank waived its mortgage charges for veterans in the scheme that year.
residing requirements -> living standards ; ex: Residing requirements have fallen for two years.
dwelling requirements -> living standards ; ex: Dwelling requirements are under pressure.
normal of residing -> standard of living ; ex: Their normal of residing improved.
customary of residing -> standard of living ; ex: The customary of residing rose sharply.
commonplace of residing -> standard of living ; ex: The commonplace of residing fell.
usual of residing -> standard of living ; ex: The usual of residing rose.
value-of-residing -> cost-of-living ; ex: The value-of-residing crisis deepened.
price-of-residing -> cost-of-living ; ex: The price-of-residing crunch hit families.
cost-of-residing -> cost-of-living ; ex: The cost-of-residing crisis hit families.
fund supervisor -> fund manager ; ex: The fund supervisor sold the shares.
asset supervisor -> asset manager ; ex: The asset supervisor cut its forecast.
portfolio supervisor -> portfolio manager ; ex: A portfolio supervisor at the firm said stocks were cheap.
wealth administration -> wealth management ; ex: The bank expanded its wealth administration arm.
asset administration -> asset management ; ex: The asset administration unit was sold.
danger administration -> risk management ; ex: The bank overhauled its danger administration.
threat administration -> risk management ; ex: The firm hired a head of threat administration.
chief working officer -> chief operating officer ; ex: The chief working officer left the company.
chief know-how officer -> chief technology officer ; ex: The chief know-how officer resigned.
chief expertise officer -> chief technology officer ; ex: The chief expertise officer announced the merger.
chief advertising officer -> chief marketing officer ; ex: Its chief advertising officer left in June.
backside line -> bottom line ; ex: The cuts helped the backside line.
file income -> record revenue ; ex: The retailer reported file income for the quarter.
file revenue -> record profit ; ex: The bank posted file revenue this year.
file earnings -> record profits ; ex: Oil firms made file earnings last year.
file earnings -> record earnings ; prev: reported posted ; ex: The firm reported file earnings on Tuesday.
file-setting -> record-setting ; ex: The stock had a file-setting run.
report-setting -> record-setting ; ex: The stock had a report-setting run.
document-setting -> record-setting ; ex: The stock had a document-setting run.
broke the file -> broke the record ; ex: The auction broke the file for a painting.
broke the document -> broke the record ; ex: The auction broke the document for a painting.
set a brand new file -> set a new record ; ex: The index set a brand new file on Friday.
in file time -> in record time ; ex: The shares sold out in file time.
authorities bonds -> government bonds ; !prev: local ; ex: Investors bought authorities bonds.
authorities borrowing -> government borrowing ; !prev: local ; ex: Authorities borrowing rose in May.
authorities debt -> government debt ; !prev: local ; ex: Authorities debt hit a record.
authorities contracts -> government contracts ; !prev: local ; ex: The firm won authorities contracts.
authorities subsidies -> government subsidies ; !prev: local ; ex: The carmaker relies on authorities subsidies.
finances airline -> budget airline ; ex: The finances airline cut routes.
price range airline -> budget airline ; ex: The price range airline cut routes.
finances airlines -> budget airlines ; ex: Finances airlines raised fares.
price range airlines -> budget airlines ; ex: Price range airlines raised fares.
model new -> brand new ; ex: The firm opened a model new factory.
model-new -> brand-new ; ex: The firm opened a model-new factory.
family identify -> household name ; ex: The brand became a family identify.
modified its identify -> changed its name ; ex: The company modified its identify last year.
changed its identify -> changed its name ; ex: The company changed its identify last year.
purchasing mall -> shopping mall ; ex: A new purchasing mall opened downtown.
procuring mall -> shopping mall ; ex: A new procuring mall opened downtown.
buying mall -> shopping mall ; ex: A new buying mall opened downtown.
purchasing centre -> shopping centre ; ex: The purchasing centre closed early.
procuring centre -> shopping centre ; ex: The procuring centre closed early.
purchasing heart -> shopping center ; ex: The purchasing heart closed early.
procuring heart -> shopping center ; ex: The procuring heart closed early.
purchasing middle -> shopping center ; ex: The purchasing middle closed early.
procuring middle -> shopping center ; ex: The procuring middle closed early.
Christmas procuring -> Christmas shopping ; ex: Christmas procuring started early this year.
vacation procuring -> holiday shopping ; ex: Vacation procuring season began.
procuring spree -> shopping spree ; ex: He went on a procuring spree.
first-time patrons -> first-time buyers ; near: mortgage mortgages housing home homes property deposit ; ex: First-time patrons need a bigger mortgage deposit.
electrical energy payments -> electricity bills ; ex: Electrical energy payments rose by a fifth.
meals costs -> food prices ; prev: rising emerging hovering soaring global world higher increased excessive high ; ex: Rising meals costs hit poorer households.
meals costs -> food prices ; next: rose fell climbed jumped soared surged eased ; ex: Meals costs rose by 5 percent.
provide shortages -> supply shortages ; ex: Provide shortages hit carmakers.
provide points -> supply issues ; !prev: to can will would could may might help ; ex: The firm blamed provide points.
provide issues -> supply problems ; !prev: to can will would could may might help ; ex: The firm blamed provide issues.
manufacturing facility gate costs -> factory gate prices ; ex: Manufacturing facility gate costs rose.
commerce union -> trade union ; ex: The commerce union called a strike.
commerce unions -> trade unions ; ex: Commerce unions opposed the plan.
pay elevate -> pay rise ; ex: Nurses were offered a pay elevate.
pay provide -> pay offer ; ex: Unions rejected the pay provide.
pay supply -> pay offer ; ex: Unions rejected the pay supply.
wage provide -> wage offer ; ex: Unions rejected the wage provide.
enterprise secretary -> business secretary ; ex: The enterprise secretary met car makers.
enterprise charges -> business rates ; ex: Shops pay high enterprise charges.
enterprise confidence -> business confidence ; ex: Enterprise confidence fell in May.
enterprise associate -> business partner ; ex: His enterprise associate was arrested.
enterprise companions -> business partners ; ex: His enterprise companions sued him.
enterprise magnate -> business magnate ; ex: The enterprise magnate bought the club.
enterprise tycoon -> business tycoon ; ex: The enterprise tycoon bought the club.
enterprise empire -> business empire ; ex: He built a enterprise empire.
enterprise pursuits -> business interests ; ex: His enterprise pursuits in Russia drew scrutiny.
enterprise homeowners -> business owners ; ex: Enterprise homeowners complained about rents.
funding fund -> investment fund ; ex: A state funding fund took a stake.
funding bankers -> investment bankers ; ex: Funding bankers earned large bonuses.
earnings per proportion -> earnings per share ; ex: Earnings per proportion rose 10 percent.
earnings per percentage -> earnings per share ; ex: Earnings per percentage rose 10 percent.
proportion buyback -> share buyback ; ex: The firm announced a proportion buyback.
antagonistic takeover -> hostile takeover ; ex: The board rejected the antagonistic takeover.
antagonistic bid -> hostile bid ; ex: The board rejected the antagonistic bid.
money-strapped -> cash-strapped ; ex: The money-strapped council cut services.
credit score card -> credit card ; ex: He paid with a credit score card.
credit score playing cards -> credit cards ; ex: Credit score playing cards charge high interest.
debit playing cards -> debit cards ; ex: Debit playing cards were declined.
playing cards -> cards ; prev: credit debit bank loyalty gift sim ; ex: Shoppers used gift playing cards.
financial savings accounts -> savings accounts ; ex: Financial savings accounts paid more interest.
financial savings account -> savings account ; ex: He opened a financial savings account.
retirement financial savings -> retirement savings ; ex: Retirement financial savings fell.
gold costs -> gold prices ; next: rose fell hit climbed jumped surged eased . , have are were ; ex: Gold costs hit a record.
crude costs -> crude prices ; next: rose fell hit climbed jumped surged eased . , have are were ; ex: Crude costs fell on Monday.
greenback index -> dollar index ; ex: The greenback index fell.
foreign money markets -> currency markets ; ex: Foreign money markets were calm.
journey disruption -> travel disruption ; ex: The strike caused journey disruption.
journey chaos -> travel chaos ; ex: Snow caused journey chaos.
journey advisory -> travel advisory ; ex: The State Department issued a journey advisory.
journey ban -> travel ban ; ex: The court upheld the journey ban.
journey bans -> travel bans ; ex: The EU imposed journey bans.
journey insurance -> travel insurance ; ex: Check your journey insurance.
journey agent -> travel agent ; ex: She booked through a journey agent.
journey brokers -> travel agents ; ex: Journey brokers reported more bookings.
journey trade -> travel industry ; ex: The journey trade was hit hard.
air journey -> air travel ; ex: Demand for air journey recovered.

# --- sport (wider)
protecting finish -> defensive end ; near: sacks sack quarterback nfl tackles linebacker ; ex: The protecting finish recorded two sacks.
protecting ends -> defensive ends ; ex: Both protecting ends were injured.
protecting again -> defensive back ; prev: the a star rookie veteran starting ; ex: The protecting again intercepted the pass.
protecting backs -> defensive backs ; ex: The protecting backs were beaten deep.
protecting midfielder -> defensive midfielder ; ex: He plays as a protecting midfielder.
protecting sort out -> defensive tackle ; ex: The protecting sort out signed a new deal.
protecting deal with -> defensive tackle ; ex: The protecting deal with signed a new deal.
offensive sort out -> offensive tackle ; ex: The offensive sort out missed the game.
offensive deal with -> offensive tackle ; ex: The offensive deal with missed the game.
extensive receiver -> wide receiver ; near: quarterback touchdown touchdowns yards catches pass passes nfl landing ; ex: The extensive receiver caught two touchdowns.
extensive receivers -> wide receivers ; ex: The extensive receivers dropped three passes.
vast receiver -> wide receiver ; near: quarterback touchdown touchdowns yards catches pass passes nfl landing ; ex: The vast receiver caught two touchdowns.
huge receiver -> wide receiver ; near: quarterback touchdown touchdowns yards catches pass passes nfl landing ; ex: The huge receiver caught two touchdowns.
broad receiver -> wide receiver ; near: quarterback touchdown touchdowns yards catches pass passes nfl landing ; ex: The broad receiver caught two touchdowns.
operating backs -> running backs ; ex: The team signed two operating backs.
operating again -> running back ; prev: star rookie veteran backup starting beginning a the their his ; near: yards touchdown touchdowns landing carries rushing dashing nfl quarterback ; ex: The rookie operating again ran for 120 yards.
working backs -> running backs ; ex: The team signed two working backs.
finish zone -> end zone ; near: touchdown touchdowns landing quarterback yards pass catch caught nfl ; ex: He caught the touchdown pass in the finish zone.
Professional Bowl -> Pro Bowl ; case ; ex: He was named to the Professional Bowl.
Corridor of Famer -> Hall of Famer ; case ; ex: The Corridor of Famer died at 82.
clear sheet -> clean sheet ; prev: a his their @num consecutive successive another first straight ; near: goalkeeper keeper goal goals objective objectives league match season minutes defence defense saves ; ex: The goalkeeper kept a clear sheet.
clear sheets -> clean sheets ; prev: @num consecutive successive straight ; ex: He kept 15 clear sheets.
stored a clear sheet -> kept a clean sheet ; ex: Alisson stored a clear sheet.
saved a clear sheet -> kept a clean sheet ; ex: Alisson saved a clear sheet.
stored a clean sheet -> kept a clean sheet ; ex: Alisson stored a clean sheet.
nook kick -> corner kick ; ex: He headed in a nook kick.
nook kicks -> corner kicks ; ex: They won six nook kicks.
nook flag -> corner flag ; ex: The ball hit the nook flag.
purple card -> red card ; near: referee sent shown minute minutes match tackle foul booked ; ex: The referee showed him a purple card.
crimson card -> red card ; near: referee sent shown minute minutes match tackle foul booked ; ex: The referee showed him a crimson card.
purple playing cards -> red cards ; near: referee sent shown minute minutes match tackle foul booked players ; ex: The referee showed two purple playing cards.
crimson playing cards -> red cards ; near: referee sent shown minute minutes match tackle foul booked players ; ex: The referee showed two crimson playing cards.
yellow playing cards -> yellow cards ; near: referee sent shown minute minutes match tackle foul booked players ; ex: The referee showed five yellow playing cards.
yellow playing card -> yellow card ; near: referee sent shown minute minutes match tackle foul booked ; ex: The referee gave him a yellow playing card.
straight purple -> straight red ; next: card . , for ; ex: He was shown a straight purple for the tackle.
straight crimson -> straight red ; next: card . , for ; ex: He was shown a straight crimson.
an personal objective -> an own goal ; ex: The defender scored an personal objective.
personal objective -> own goal ; near: scored minute minutes keeper goalkeeper defender header equaliser equalizer deflected conceded ; ex: A personal objective in the 80th minute won it. ; nex: Her personal objective is to finish the race.
personal-objective -> own-goal ; ex: A personal-objective won the match.
medal desk -> medal table ; ex: China topped the medal desk.
prime of the desk -> top of the table ; ex: Arsenal stayed prime of the desk.
high of the desk -> top of the table ; ex: Arsenal stayed high of the desk.
switch window -> transfer window ; ex: The club spent heavily in the switch window.
switch charge -> transfer fee ; ex: The switch charge was a club record.
switch goal -> transfer target ; ex: He is a switch goal for Chelsea.
switch deadline -> transfer deadline ; near: club clubs striker midfielder defender winger manager squad signing signings ; ex: The club signed a striker before the switch deadline.
switch market -> transfer market ; near: club clubs striker midfielder defender winger manager squad signing signings ; ex: The club signed a striker in the switch market.
switch saga -> transfer saga ; ex: The switch saga dragged on.
switch request -> transfer request ; near: club striker midfielder defender winger manager squad ; ex: The striker handed in a switch request to the club.
free switch -> free transfer ; near: club striker midfielder defender winger goalkeeper signed joined contract ; ex: He joined the club on a free switch.
mortgage spell -> loan spell ; ex: He impressed during a mortgage spell at Leeds.
season-long mortgage -> season-long loan ; ex: He joined on a season-long mortgage.
on mortgage from -> on loan from ; prev: is was joined spent spending playing season campaign year months time ; ex: He spent last season on mortgage from Chelsea.
caretaker supervisor -> caretaker manager ; ex: The caretaker supervisor won his first game.
residence match -> home match ; ex: They lost their residence match.
dwelling match -> home match ; ex: They lost their dwelling match.
residence facet -> home side ; ex: The residence facet scored early.
dwelling facet -> home side ; ex: The dwelling facet scored early.
house facet -> home side ; ex: The house facet scored early.
away facet -> away side ; ex: The away facet equalised.
away aspect -> away side ; ex: The away aspect equalised.
visiting facet -> visiting side ; ex: The visiting facet equalised.
dwelling crew -> home team ; ex: The dwelling crew won 2-0.
residence workforce -> home team ; ex: The residence workforce won 2-0.
dwelling workforce -> home team ; ex: The dwelling workforce won 2-0.
residence win -> home win ; ex: It was their first residence win.
dwelling win -> home win ; ex: It was their first dwelling win.
away recreation -> away game ; ex: They won the away recreation.
away video games -> away games ; ex: They won three away video games.
helps -> assists ; prev: @num ; near: points factors rebounds scored ; ex: He had 20 factors and 10 helps.
break factors -> break points ; ex: She saved six break factors.
match level -> match point ; near: serve served set sets tennis wimbledon ; ex: She saved a match level in the second set.
match factors -> match points ; near: serve served set sets tennis wimbledon ; ex: She saved two match factors in the second set.
world quantity -> world number ; next: one two three four five six seven eight nine ten @num ; ex: The world quantity one lost in the first round.
pole place -> pole position ; ex: Verstappen took pole place.
podium end -> podium finish ; ex: It was his first podium end.
podium ending -> podium finish ; ex: It was his first podium ending.
Method One -> Formula One ; case ; near: f1 grand prix race driver drivers season team verstappen hamilton championship ; ex: The Method One season starts with the Australian Grand Prix.
Components One -> Formula One ; case ; ex: The Components One season starts in March.
Method 1 -> Formula 1 ; case ; near: f1 grand prix race driver drivers season team verstappen hamilton championship ; ex: The Method 1 season starts with the Australian Grand Prix.
underneath par -> under par ; near: birdie birdies bogey bogeys round hole holes golf lead shot ; ex: He shot five underneath par with six birdies.
beneath par -> under par ; near: birdie birdies bogey bogeys round hole holes golf shot ; ex: He shot five beneath par with six birdies.
missed the reduce -> missed the cut ; ex: McIlroy missed the reduce at the Open.
missed the minimize -> missed the cut ; ex: McIlroy missed the minimize at the Open.
made the reduce -> made the cut ; near: golf round par birdie masters open tournament ; ex: He made the reduce at the Masters.
made the minimize -> made the cut ; ex: He made the minimize at the Masters.
Check match -> Test match ; case ; ex: England won the first Check match.
Check matches -> Test matches ; case ; ex: He has played 100 Check matches.
Check sequence -> Test series ; case ; ex: India won the Check sequence.
Check collection -> Test series ; case ; ex: India won the Check collection.
Check cricket -> Test cricket ; case ; ex: He retired from Check cricket.
Check debut -> Test debut ; case ; ex: He made his Check debut in 2019.
Check captain -> Test captain ; case ; ex: The Check captain was dropped.
efficiency-enhancing -> performance-enhancing ; ex: He tested positive for efficiency-enhancing drugs.
profession-best -> career-best ; ex: He scored a profession-best 42 points.
profession-high -> career-high ; ex: He scored a profession-high 42 points.
profession-excessive -> career-high ; ex: He scored a profession-excessive 42 points.
career-excessive -> career-high ; ex: He scored a career-excessive 42 points.
season-excessive -> season-high ; ex: He scored a season-excessive 30 points.
game-excessive -> game-high ; ex: He scored a game-excessive 30 points.
common season -> regular season ; prev: the ; near: nba nfl mlb nhl playoffs playoff games game wins record finale league team ; ex: They finished the common season with 60 wins.
common-season -> regular-season ; ex: Their last common-season game is on Sunday.
spring coaching -> spring training ; near: baseball mlb pitcher pitchers camp florida arizona ; ex: The pitcher reported to spring coaching in Florida.
coaching floor -> training ground ; ex: He was injured at the coaching floor.
coaching camp -> training camp ; near: nfl quarterback rookie preseason roster season team's ; ex: The rookie quarterback impressed at coaching camp.
failed a drug check -> failed a drug test ; ex: The sprinter failed a drug check.
drug check -> drug test ; prev: failed positive random mandatory ; ex: He returned a positive drug check.
personal finest -> personal best ; ex: She ran a personal finest in the final.
private finest -> personal best ; ex: She ran a private finest in the final.
private greatest -> personal best ; ex: She ran a private greatest in the final.
world report -> world record ; prev: a the new ; near: metres meters seconds sprint swim race set broke breaks ran swam ; ex: She set a new world report in the 400 metres.
Olympic file -> Olympic record ; ex: She set an Olympic file.
away objectives -> away goals ; ex: They went through on away objectives.
knockout levels -> knockout stages ; ex: They reached the knockout levels.
quarter-closing -> quarter-final ; ex: They lost in the quarter-closing.
semi-closing -> semi-final ; ex: They lost in the semi-closing.
high flight -> top flight ; prev: the ; near: club league season promoted relegation relegated football division ; ex: The club returned to the high flight after promotion.
high-flight -> top-flight ; ex: He made his high-flight debut.
prime flight -> top flight ; prev: the ; near: club league season promoted relegation relegated football division ; ex: The club returned to the prime flight after promotion.
prime-flight -> top-flight ; ex: He made his prime-flight debut.
security automotive -> safety car ; ex: The security automotive came out on lap 20.
security automobile -> safety car ; ex: The security automobile came out on lap 20.
security car -> safety car ; near: lap laps race grand prix pit ; ex: The security car came out on lap 20.
pit cease -> pit stop ; ex: He lost time in a slow pit cease.
pit-cease -> pit-stop ; ex: A slow pit-cease cost him.
racing motive force -> racing driver ; ex: The racing motive force was unhurt.

# --- technology (wider)
search motor -> search engine ; ex: The search motor changed its ranking rules.
search motors -> search engines ; ex: Search motors now show AI answers.
cell telephone -> mobile phone, cell phone ; ex: He filmed it on his cell telephone.
cell telephones -> mobile phones, cell phones ; ex: Pupils must hand in their cell telephones.
cellular phone community -> mobile phone network ; ex: The cellular phone community went down.
cellular web -> mobile internet ; ex: Cellular web was cut in the region.
sensible telephone -> smartphone ; ex: He bought a new sensible telephone.
sensible telephones -> smartphones ; ex: Sensible telephones are banned in class.
sensible audio system -> smart speakers ; ex: Sensible audio system listen for commands.
sensible speaker -> smart speaker ; near: amazon alexa google apple echo homepod voice ; ex: The Amazon sensible speaker sold well.
sensible meters -> smart meters ; ex: Sensible meters were installed in every home.
sensible meter -> smart meter ; ex: A sensible meter was installed.
sensible dwelling -> smart home ; ex: The sensible dwelling market is growing.
sensible residence -> smart home ; ex: The sensible residence market is growing.
sensible TV -> smart TV ; ex: The sensible TV tracks viewing habits.
sensible TVs -> smart TVs ; ex: Sensible TVs track viewing habits.
sensible glasses -> smart glasses ; near: meta google apple ray-ban camera cameras wearable ai ; ex: Meta's sensible glasses have a camera.
sensible contracts -> smart contracts ; ex: Sensible contracts run on the blockchain.
sensible cities -> smart cities ; ex: The firm builds sensible cities.
Android units -> Android devices ; ex: The bug affects Android units.
iOS units -> iOS devices ; ex: The bug affects iOS units.
wearable units -> wearable devices ; ex: Wearable units track sleep.
linked units -> connected devices ; near: internet smart home homes hackers hacked wi-fi wifi iot network ; ex: Hackers targeted linked units in smart homes.
app retailer -> app store ; ex: The game topped the app retailer.
Play Retailer -> Play Store ; case ; ex: The app was removed from the Google Play Retailer.
laptop scientist -> computer scientist ; ex: The laptop scientist built the model.
laptop scientists -> computer scientists ; ex: Laptop scientists warned of the risk.
pc scientist -> computer scientist ; ex: The pc scientist built the model.
pc scientists -> computer scientists ; ex: Pc scientists warned of the risk.
laptop programmer -> computer programmer ; ex: He worked as a laptop programmer.
laptop programmers -> computer programmers ; ex: Laptop programmers are in demand.
laptop programming -> computer programming ; ex: The school teaches laptop programming.
laptop hackers -> computer hackers ; ex: Laptop hackers stole the data.
laptop imaginative and prescient -> computer vision ; ex: The car uses laptop imaginative and prescient.
imaginative and prescient -> vision ; next: for of . , that to is was ; ex: The CEO set out his imaginative and prescient for the firm.
knowledge scientists -> data scientists ; ex: The firm hired knowledge scientists.
knowledge scientist -> data scientist ; ex: She works as a knowledge scientist.
knowledge science -> data science ; ex: The course covers knowledge science.
knowledge analytics -> data analytics ; ex: The firm sells knowledge analytics.
knowledge storage -> data storage ; ex: The firm sells knowledge storage.
knowledge switch -> data transfer ; ex: The rules limit knowledge switch abroad.
knowledge leak -> data leak ; ex: The knowledge leak exposed emails.
cyber assault -> cyber attack ; ex: The hospital was hit by a cyber assault.
cyber assaults -> cyber attacks ; ex: Cyber assaults on banks rose.
cyber-assault -> cyber-attack ; ex: The hospital was hit by a cyber-assault.
ransomware assault -> ransomware attack ; ex: A ransomware assault shut the pipeline.
ransomware assaults -> ransomware attacks ; ex: Ransomware assaults rose.
phishing assault -> phishing attack ; ex: Staff fell for a phishing assault.
phishing assaults -> phishing attacks ; ex: Phishing assaults rose.
DDoS assault -> DDoS attack ; ex: The site went down after a DDoS assault.
two-issue authentication -> two-factor authentication ; ex: Users should turn on two-issue authentication.
finish-to-finish -> end-to-end ; ex: The app uses finish-to-finish encryption.
begin-up -> start-up ; ex: The begin-up raised $10 million.
begin-ups -> start-ups ; ex: Tech begin-ups struggled to raise money.
get started-up -> start-up ; ex: The get started-up raised $10 million.
reminiscence chips -> memory chips ; ex: Prices of reminiscence chips rose.
reminiscence chip -> memory chip ; ex: The reminiscence chip maker posted a loss.
reminiscence card -> memory card ; ex: The photos were on a reminiscence card.
reminiscence loss -> memory loss ; ex: He suffered reminiscence loss after the crash.
long-term reminiscence -> long-term memory ; ex: Sleep helps long-term reminiscence.
short-term reminiscence -> short-term memory ; ex: The drug affects short-term reminiscence.
crypto alternate -> crypto exchange ; ex: The crypto alternate collapsed.
cryptocurrency alternate -> cryptocurrency exchange ; ex: The cryptocurrency alternate collapsed.
crypto pockets -> crypto wallet ; ex: Hackers drained his crypto pockets.
digital pockets -> digital wallet ; ex: The bank launched a digital pockets.
bitcoin pockets -> bitcoin wallet ; ex: He lost his bitcoin pockets password.
AI instruments -> AI tools ; ex: Students use AI instruments to write essays.
supply code -> source code ; ex: The firm published the supply code.
open supply -> open source ; !next: routes route lines line corridor corridors chain chains ; ex: The model is open supply.
open-supply -> open-source ; ex: The firm released an open-supply model.
Home windows -> Windows ; case ; next: @num update updates replace pc pcs laptop laptops users customers operating working xp vista 10 11 7 8 computers machines software program devices units ; ex: The bug affects Home windows 11 users.
Microsoft Home windows -> Microsoft Windows ; ex: The bug affects Microsoft Home windows.
Fb -> Facebook ; case ; ex: She posted the video on Fb.
battery lifestyles -> battery life ; ex: The phone has better battery lifestyles.
quantum laptop -> quantum computer ; ex: The firm built a quantum laptop.
quantum computer systems -> quantum computers ; ex: Quantum computer systems could break encryption.
quantum pc -> quantum computer ; ex: The firm built a quantum pc.
private computer systems -> personal computers ; ex: Sales of private computer systems fell.
know-how firms -> technology companies ; ex: Know-how firms lobbied against the law.
know-how corporations -> technology companies ; ex: Know-how corporations lobbied against the law.
know-how firm -> technology company ; ex: The know-how firm cut jobs.
know-how large -> technology giant ; ex: The know-how large was fined.
know-how big -> technology giant ; ex: The know-how big was fined.
know-how giants -> technology giants ; ex: Know-how giants face new rules.
know-how sector -> technology sector ; ex: The know-how sector led the rally.
know-how shares -> technology shares ; ex: Know-how shares fell.
know-how stocks -> technology stocks ; ex: Know-how stocks fell.
monetary know-how -> financial technology ; ex: The monetary know-how firm raised funds.
Huge Tech -> Big Tech ; case ; ex: Lawmakers want to rein in Huge Tech.
Massive Tech -> Big Tech ; case ; ex: Lawmakers want to rein in Massive Tech.
graphics playing cards -> graphics cards ; ex: Prices of graphics playing cards soared.
streaming large -> streaming giant ; ex: The streaming large raised prices.
streaming big -> streaming giant ; ex: The streaming big raised prices.
social media large -> social media giant ; ex: The social media large was fined.
darkish net -> dark web ; ex: The data was sold on the darkish net.
darkish internet -> dark web ; ex: The data was sold on the darkish internet.
darkish web -> dark web ; ex: The data was sold on the darkish web.
display screen time -> screen time ; !prev: to can will would also now which that could may might ; ex: Parents limit display screen time.
contact display screen -> touch screen ; ex: The car has a contact display screen.
contact screen -> touch screen ; ex: The car has a contact screen.
house display screen -> home screen ; ex: The icon sits on the house display screen.
residence display screen -> home screen ; ex: The icon sits on the residence display screen.
textual content message -> text message ; ex: She sent a textual content message.
textual content messages -> text messages ; ex: He sent threatening textual content messages.

# --- health, science and environment (wider)
scientific trial -> clinical trial ; near: drug drugs vaccine vaccines patients treatment phase fda regulators ; ex: The drug failed in a scientific trial with 500 patients.
scientific trials -> clinical trials ; prev: in the of from large late-stage early-stage phase ; near: drug drugs vaccine vaccines patients treatment cancer regulators fda ; ex: The vaccine did well in scientific trials with 3,000 patients.
basic practitioner -> general practitioner ; ex: She saw her basic practitioner.
normal practitioner -> general practitioner ; ex: She saw her normal practitioner.
GP surgical procedure -> GP surgery ; ex: The GP surgical procedure closed early.
GP surgical procedures -> GP surgeries ; ex: GP surgical procedures are overstretched.
underwent surgical procedure -> underwent surgery ; ex: He underwent surgical procedure on his knee.
mind surgical procedure -> brain surgery ; ex: He had mind surgical procedure.
beauty surgical procedure -> cosmetic surgery ; ex: She had beauty surgical procedure.
weight reduction surgical procedure -> weight loss surgery ; ex: She had weight reduction surgical procedure.
weight reduction jabs -> weight loss jabs ; ex: Demand for weight reduction jabs soared.
weight problems medication -> obesity drugs ; ex: Weight problems medication are in short supply.
weight problems medicine -> obesity drugs ; ex: Weight problems medicine are in short supply.
an infection -> infection ; prev: the a an viral bacterial fungal chest ear lung blood wound kidney bladder sinus throat respiratory urinary secondary covid hiv yeast staph serious severe ; ex: He died of a bacterial an infection.
an infection charge -> infection rate ; ex: The an infection charge rose.
an infection charges -> infection rates ; ex: An infection charges fell in May.
an infection fee -> infection rate ; ex: The an infection fee rose.
an infection price -> infection rate ; ex: The an infection price rose.
continual illness -> chronic disease ; ex: He has a continual illness.
continual sickness -> chronic illness ; ex: He has a continual sickness.
continual fatigue -> chronic fatigue ; ex: She has continual fatigue syndrome.
ache reduction -> pain relief ; ex: The drug gives ache reduction.
ache aid -> pain relief ; ex: The drug gives ache aid.
again ache -> back pain ; ex: He suffers from again ache.
PCR check -> PCR test ; ex: He took a PCR check.
PCR checks -> PCR tests ; ex: PCR checks are free.
antibody checks -> antibody tests ; ex: Antibody checks were sent out.
being pregnant check -> pregnancy test ; ex: She took a being pregnant check.
being pregnant -> pregnancy ; prev: during the teenage teen ; !next: to ; ex: Smoking during being pregnant harms the baby.
blood take a look at -> blood test ; ex: A blood take a look at showed the virus.
lateral move check -> lateral flow test ; ex: He took a lateral move check.
lateral circulation check -> lateral flow test ; ex: He took a lateral circulation check.
ready lists -> waiting lists ; ex: NHS ready lists hit a record.
ready listing -> waiting list ; ex: He is on a ready listing for surgery.
ready occasions -> waiting times ; ex: A&E ready occasions rose.
waiting listing -> waiting list ; ex: He is on a waiting listing for surgery.
NHS sufferers -> NHS patients ; ex: NHS sufferers face long waits.
hospital sufferers -> hospital patients ; ex: Hospital sufferers were moved.
ICU sufferers -> ICU patients ; ex: ICU sufferers were moved.
life assist -> life support ; ex: He was put on life assist.
life help -> life support ; prev: on off ; ex: He was put on life help.
gave beginning -> gave birth ; ex: She gave beginning to twins.
gave start -> gave birth ; !next: - ; ex: She gave start to twins.
giving beginning -> giving birth ; ex: She died giving beginning.
giving start -> giving birth ; !next: - ; ex: She died giving start.
give beginning -> give birth ; ex: Women who give beginning in hospital.
beginning charge -> birth rate ; ex: The beginning charge fell to a record low.
beginning fee -> birth rate ; ex: The beginning fee fell to a record low.
mortality fee -> mortality rate ; ex: The mortality fee rose.
toddler mortality -> infant mortality ; ex: Toddler mortality fell.
psychological sickness -> mental illness ; ex: He struggled with psychological sickness.
psychological sicknesses -> mental illnesses ; ex: Psychological sicknesses are common.
consuming dysfunction -> eating disorder ; ex: She had an consuming dysfunction.
consuming dysfunctions -> eating disorders ; ex: Consuming dysfunctions rose among teens.
# --- science and environment (wider)
black gap -> black hole ; ex: Astronomers imaged a black gap.
black gaps -> black holes ; ex: Black gaps swallow light.
ozone gap -> ozone hole ; ex: The ozone gap is shrinking.
darkish matter -> dark matter ; ex: Darkish matter makes up most of the universe.
darkish power -> dark energy ; ex: Darkish power drives expansion.
Huge Bang -> Big Bang ; case ; ex: Light from just after the Huge Bang.
Massive Bang -> Big Bang ; case ; ex: Light from just after the Massive Bang.
Large Bang -> Big Bang ; case ; ex: Light from just after the Large Bang.
gentle years -> light years ; prev: @num billion million thousand hundreds ; ex: The star is 40 gentle years away.
gentle-years -> light-years ; prev: @num billion million thousand hundreds ; ex: The star is 40 gentle-years away.
velocity of sunshine -> speed of light ; ex: Nothing travels faster than the velocity of sunshine.
pace of sunshine -> speed of light ; ex: Nothing travels faster than the pace of sunshine.
velocity of gentle -> speed of light ; ex: Nothing travels faster than the velocity of gentle.
pace of gentle -> speed of light ; ex: Nothing travels faster than the pace of gentle.
gentle air pollution -> light pollution ; ex: Gentle air pollution hides the stars.
air air pollution -> air pollution ; ex: Air air pollution kills millions.
water air pollution -> water pollution ; ex: Water air pollution harmed fish.
plastic air pollution -> plastic pollution ; ex: Plastic air pollution is choking the oceans.
noise air pollution -> noise pollution ; ex: Noise air pollution near airports.
river air pollution -> river pollution ; ex: River air pollution is rising.
moon touchdown -> moon landing ; ex: The moon touchdown was in 1969.
lunar touchdown -> lunar landing ; ex: The lunar touchdown failed.
Mars touchdown -> Mars landing ; ex: The Mars touchdown went well.
Purple Planet -> Red Planet ; case ; ex: The probe reached the Purple Planet.
Crimson Planet -> Red Planet ; case ; ex: The probe reached the Crimson Planet.
international warming -> global warming ; ex: International warming is speeding up.
carbon seize -> carbon capture ; ex: The plant uses carbon seize.
fossil gasoline -> fossil fuel ; ex: The plant burns fossil gasoline.

# --- courts and crime (wider)
launched pending -> released pending ; next: further an inquiries investigation trial appeal charge charges sentencing ; ex: He was launched pending further inquiries.
launched the suspect -> released the suspect ; ex: Police launched the suspect without charge.
launched the suspects -> released the suspects ; ex: Police launched the suspects without charge.
launched with out cost -> released without charge ; ex: He was launched with out cost.
launched with out costs -> released without charges ; ex: He was launched with out costs.
launched with out charge -> released without charge ; ex: He was launched with out charge.
with out cost -> without charge ; prev: released launched freed ; ex: He was freed with out cost.
with out bail -> without bail ; ex: He was held with out bail.
authorized battle -> legal battle ; ex: The authorized battle lasted years.
authorized battles -> legal battles ; ex: He faces several authorized battles.
authorized problem -> legal challenge ; ex: Campaigners launched a authorized problem.
authorized challenges -> legal challenges ; near: court judge ruling law lawsuit filed face faces ; ex: The law faces authorized challenges in court.
authorized proceedings -> legal proceedings ; ex: The firm began authorized proceedings.
authorized recommendation -> legal advice ; ex: He sought authorized recommendation.
authorized struggle -> legal fight ; ex: The authorized struggle continues.
authorized combat -> legal fight ; ex: The authorized combat continues.
authorized assist -> legal aid ; ex: Cuts to authorized assist hit the poor.
authorized loophole -> legal loophole ; ex: He exploited a authorized loophole.
authorized crew -> legal team ; prev: his her their its the trump ; ex: His authorized crew will appeal.
authorized staff -> legal team ; prev: his her their its trump's ; ex: His authorized staff will appeal.
authorized group -> legal team ; prev: his her their trump's ; ex: His authorized group will appeal.
cops officers -> police officers ; ex: Two cops officers were hurt.
cops officer -> police officer ; ex: A cops officer was hurt.
cops division -> police department ; ex: The cops division opened an inquiry.
cops station -> police station ; ex: He walked into a cops station.
cops chief -> police chief ; ex: The cops chief resigned.
cops custody -> police custody ; ex: He died in cops custody.
Scotland Backyard -> Scotland Yard ; case ; ex: Scotland Backyard opened an inquiry.
felony regulation -> criminal law ; ex: He teaches felony regulation.
armed theft -> armed robbery ; ex: He was jailed for armed theft.
financial institution theft -> bank robbery ; ex: The financial institution theft netted $1 million.
tried homicide -> attempted murder ; ex: He was charged with tried homicide.
grievous bodily hurt -> grievous bodily harm ; ex: He admitted grievous bodily hurt.
precise bodily hurt -> actual bodily harm ; ex: He was charged with precise bodily hurt.
bomb assault -> bomb attack ; ex: A bomb assault killed ten.
arson assault -> arson attack ; ex: Police are treating it as an arson assault.
drink-using -> drink-driving ; ex: He was banned for drink-using.
drunk-using -> drunk-driving ; ex: He was charged with drunk-using.
reckless using -> reckless driving ; ex: He was charged with reckless using.
careless using -> careless driving ; ex: He admitted careless using.
harmful using -> dangerous driving ; ex: He admitted harmful using.
using ban -> driving ban ; ex: He was given a using ban.
using offences -> driving offences ; ex: He admitted using offences.
using offence -> driving offence ; ex: He admitted a using offence.
using whereas -> driving while ; next: disqualified banned drunk intoxicated impaired uninsured using ; ex: He was caught using whereas disqualified.
driving whereas -> driving while ; next: disqualified banned drunk intoxicated impaired uninsured using ; ex: He was caught driving whereas disqualified.
rushing ticket -> speeding ticket ; ex: He got a rushing ticket.
dashing ticket -> speeding ticket ; ex: He got a dashing ticket.
romance rip-off -> romance scam ; ex: She lost savings in a romance rip-off.
funding rip-off -> investment scam ; ex: He lost money in a funding rip-off.
crypto rip-off -> crypto scam ; ex: He lost money in a crypto rip-off.
telephone rip-off -> phone scam ; ex: Pensioners were hit by a telephone rip-off.
rip-off calls -> scam calls ; ex: Rip-off calls are rising.
to demise -> to death ; prev: sentenced stabbed beaten burned burnt starved frozen crushed trampled bludgeoned hacked mauled shot put choked strangled ; ex: He was stabbed to demise.
to loss of life -> to death ; prev: stabbed beaten burned burnt starved frozen crushed trampled bludgeoned hacked mauled choked strangled ; ex: He was beaten to loss of life.
tried coup -> attempted coup ; near: military soldiers army navy junta troops overthrow ; ex: Soldiers staged a tried coup.
jail phrases -> prison terms ; ex: They were given jail phrases.
neighborhood service -> community service ; prev: of hours ; ex: He was ordered to do 200 hours of neighborhood service.
group service -> community service ; prev: of hours ; ex: He was ordered to do 200 hours of group service.
plea cut price -> plea bargain ; ex: He accepted a plea cut price.
witness field -> witness box ; ex: He broke down in the witness field.
jail inhabitants -> prison population ; ex: The jail inhabitants hit a record.
most safety jail -> maximum security prison ; ex: He is held in a most safety jail.
most safety -> maximum security ; next: prison jail unit wing ; ex: He is held in a most safety prison.
excessive-safety -> high-security ; ex: He is held in a excessive-safety prison.
excessive safety -> high security ; next: prison jail unit wing ; ex: He is held in a excessive safety prison.

# --- politics and elections (wider)
Quantity 10 -> Number 10 ; case ; near: downing minister prime spokesman spokeswoman aides aide government ; ex: A Quantity 10 spokesman said the prime minister was aware.
Quantity Ten -> Number 10 ; case ; ex: A Quantity Ten spokesman said the prime minister was aware.
native elections -> local elections ; ex: The party lost seats in the native elections.
native election -> local election ; ex: The party lost seats in the native election.
native authorities -> local government ; prev: in of for ; near: council councils councillors mayor elections funding budget cuts ; ex: Cuts in native authorities hit councils.
native councillors -> local councillors ; ex: Native councillors objected.
native officers -> local officials ; ex: Native officers said the road was closed.
native information -> local news ; ex: Native information reported the blast.
polling cubicles -> polling booths ; ex: Voters queued at polling cubicles.
polling sales space -> polling booth ; ex: Voters queued at the polling sales space.
electoral faculty -> electoral college ; ex: He won the electoral faculty.
electoral school -> electoral college ; ex: He won the electoral school.
electoral fee -> electoral commission ; ex: The electoral fee confirmed the result.
election fee -> election commission ; ex: The election fee confirmed the result.
election evening -> election night ; ex: He spoke on election evening.
election night time -> election night ; ex: He spoke on election night time.
authorities ministers -> government ministers ; ex: Authorities ministers met in Brussels.
authorities minister -> government minister ; ex: A authorities minister resigned.
authorities spokesman -> government spokesman ; ex: A authorities spokesman denied it.
authorities spokeswoman -> government spokeswoman ; ex: A authorities spokeswoman denied it.
authorities spokesperson -> government spokesperson ; ex: A authorities spokesperson denied it.
authorities sources -> government sources ; ex: Authorities sources confirmed the plan.
authorities coverage -> government policy ; ex: The authorities coverage was criticised.
authorities insurance policies -> government policies ; ex: Authorities insurance policies were criticised.
authorities funding -> government funding ; !prev: local health regional police ; ex: The charity lost authorities funding.
authorities buildings -> government buildings ; ex: Protesters stormed authorities buildings.
authorities forces -> government forces ; ex: Authorities forces retook the town.
authorities troops -> government troops ; ex: Authorities troops retook the town.
authorities critics -> government critics ; ex: Authorities critics were arrested.
authorities critic -> government critic ; ex: The authorities critic was arrested.
anti-authorities -> anti-government ; ex: Anti-authorities protests spread.
pro-authorities -> pro-government ; ex: Pro-authorities crowds gathered.
authorities-backed -> government-backed ; ex: The authorities-backed scheme ended.
authorities-run -> government-run ; ex: Authorities-run media reported the arrests.
management contest -> leadership contest ; ex: She won the management contest.
management race -> leadership race ; ex: He entered the management race.
management contender -> leadership contender ; ex: The management contender set out her plans.
management contenders -> leadership contenders ; ex: The management contenders held a debate.
management rival -> leadership rival ; ex: His management rival conceded.
management hopefuls -> leadership hopefuls ; ex: The management hopefuls held a debate.
vote of no self belief -> vote of no confidence ; ex: The government lost a vote of no self belief.
vote of no self-belief -> vote of no confidence ; ex: The government lost a vote of no self-belief.
vote of no self assurance -> vote of no confidence ; ex: The government lost a vote of no self assurance.
vote of no self-assurance -> vote of no confidence ; ex: The government lost a vote of no self-assurance.
self belief vote -> confidence vote ; ex: He survived a self belief vote.
self-belief vote -> confidence vote ; ex: He survived a self-belief vote.
self assurance vote -> confidence vote ; ex: He survived a self assurance vote.
self-assurance vote -> confidence vote ; ex: He survived a self-assurance vote.
no-self belief -> no-confidence ; ex: MPs tabled a no-self belief motion.
client self belief -> consumer confidence ; ex: Client self belief fell in May.
shopper self belief -> consumer confidence ; ex: Shopper self belief fell in May.
client self assurance -> consumer confidence ; ex: Client self assurance fell in May.
shopper self assurance -> consumer confidence ; ex: Shopper self assurance fell in May.
investor self belief -> investor confidence ; ex: The news hit investor self belief.
investor self assurance -> investor confidence ; ex: The news hit investor self assurance.
enterprise self belief -> business confidence ; ex: Enterprise self belief fell.
profit claimants -> benefit claimants ; ex: Profit claimants face new checks.
profit fraud -> benefit fraud ; ex: He was jailed for profit fraud.
housing profit -> housing benefit ; ex: Housing profit will be frozen.
little one profit -> child benefit ; ex: Little one profit will rise.
youngster profit -> child benefit ; ex: Youngster profit will rise.
profit cap -> benefit cap ; near: welfare claimants families housing children two-child universal credit ; ex: The two-child profit cap hits larger families.
unemployment advantages -> unemployment benefits ; ex: Claims for unemployment advantages rose.
incapacity advantages -> disability benefits ; ex: Claims for incapacity advantages rose.
tax credit score -> tax credit ; ex: The tax credit score was extended.
tax credit scores -> tax credits ; ex: Tax credit scores were cut.
carbon credit scores -> carbon credits ; ex: The firm bought carbon credit scores.
stamp obligation -> stamp duty ; ex: Stamp obligation was cut for first-time buyers.
gas obligation -> fuel duty ; ex: The chancellor froze gas obligation.
gasoline obligation -> fuel duty ; ex: The chancellor froze gasoline obligation.
off-obligation -> off-duty ; ex: An off-obligation officer stopped the attacker.
on-obligation -> on-duty ; ex: An on-obligation officer was hurt.
spending evaluate -> spending review ; ex: The spending evaluate set budgets.
judicial evaluate -> judicial review ; ex: Campaigners sought a judicial evaluate.
judicial overview -> judicial review ; ex: Campaigners sought a judicial overview.
Autumn Finances -> Autumn Budget ; case ; ex: The Autumn Finances raised taxes.
Spring Finances -> Spring Budget ; case ; ex: The Spring Finances raised taxes.
Autumn Price range -> Autumn Budget ; case ; ex: The Autumn Price range raised taxes.
Spring Price range -> Spring Budget ; case ; ex: The Spring Price range raised taxes.
Autumn Assertion -> Autumn Statement ; case ; ex: The Autumn Assertion raised taxes.
Finances assertion -> Budget statement ; ex: The chancellor gave his Finances assertion.
Price range assertion -> Budget statement ; ex: The chancellor gave his Price range assertion.
shadow cupboard -> shadow cabinet ; ex: She joined the shadow cupboard.
cupboard reshuffle -> cabinet reshuffle ; ex: The cupboard reshuffle moved five ministers.
cupboard minister -> cabinet minister ; ex: A cupboard minister resigned.
cupboard ministers -> cabinet ministers ; ex: Two cupboard ministers resigned.
cupboard assembly -> cabinet meeting ; ex: The cupboard assembly ran late.
cupboard secretary -> cabinet secretary ; ex: The cupboard secretary resigned.
entrance bench -> front bench ; ex: He returned to the entrance bench.
entrance benches -> front benches ; ex: MPs on both entrance benches agreed.
entrance-bench -> front-bench ; ex: He returned to a entrance-bench role.
again bench -> back bench ; ex: He returned to the again bench.
again benches -> back benches ; ex: Anger grew on the again benches.
again-bench -> back-bench ; ex: A again-bench revolt grew.
particular consultant -> special representative ; ex: The UN particular consultant visited Kabul.
excessive consultant -> high representative ; ex: The EU excessive consultant for foreign affairs spoke.
State Consultant -> State Representative ; case ; ex: State Consultant Jane Doe proposed the bill.
votes forged -> votes cast ; next: . , in for ; ex: He won 52 percent of the votes forged.
ballots forged -> ballots cast ; next: . , in for ; ex: He won half of the ballots forged.
forged their ballots -> cast their ballots ; ex: Voters forged their ballots on Sunday.
forged their votes -> cast their votes ; ex: Voters forged their votes on Sunday.
forged his vote -> cast his vote ; ex: The president forged his vote in Delaware.
forged her vote -> cast her vote ; ex: She forged her vote in London.
forged his poll -> cast his ballot ; ex: He forged his poll in Delaware.
forged her poll -> cast her ballot ; ex: She forged her poll in London.
forged doubt -> cast doubt ; ex: The report forged doubt on the claim.
forged doubts -> cast doubts ; ex: The report forged doubts on the claim.
forged a shadow -> cast a shadow ; ex: The scandal forged a shadow over the summit.
forged a pall -> cast a pall ; ex: The scandal forged a pall over the summit.
protected seat -> safe seat ; near: election mp mps labour tory tories conservative conservatives majority constituency candidate ; ex: She won a protected seat in the election.
protected seats -> safe seats ; near: election mp mps labour tory tories conservative conservatives majority constituency ; ex: The party lost protected seats in the election.
coverage makers -> policymakers ; ex: Coverage makers kept rates on hold.
coverage agenda -> policy agenda ; ex: His coverage agenda stalled.
coverage U-turn -> policy U-turn ; ex: The government made a coverage U-turn.
coverage adviser -> policy adviser ; ex: A coverage adviser resigned.
coverage advisers -> policy advisers ; ex: Coverage advisers resigned.
coverage advisor -> policy adviser ; ex: A coverage advisor resigned.
inexperienced card -> green card ; ex: He applied for a inexperienced card.
inexperienced playing cards -> green cards ; ex: Applications for inexperienced playing cards rose.
inexperienced belt -> green belt ; ex: Homes will be built on the inexperienced belt.
inexperienced gentle -> green light ; ex: The council gave the plan the inexperienced gentle.
inexperienced mild -> green light ; ex: The council gave the plan the inexperienced mild.
inexperienced areas -> green spaces ; ex: The city lost inexperienced areas.
inexperienced jobs -> green jobs ; ex: The plan will create inexperienced jobs.
inexperienced hydrogen -> green hydrogen ; ex: The firm makes inexperienced hydrogen.
inexperienced bonds -> green bonds ; ex: The state sold inexperienced bonds.
inexperienced transition -> green transition ; ex: The inexperienced transition will cost billions.
Inexperienced social gathering -> Green Party ; ex: The Inexperienced social gathering won two seats.
crimson tape -> red tape ; ex: Firms complain about crimson tape.
Nationwide Rally -> National Rally ; case ; !prev: a the ; near: le pen bardella france french far-right party ; ex: Marine Le Pen's Nationwide Rally topped the poll.
Nationwide Entrance -> National Front ; case ; ex: He founded the Nationwide Entrance.
Nationwide Belief -> National Trust ; case ; ex: The Nationwide Belief owns the house.
Workplace for Finances Accountability -> Office for Budget Responsibility ; ex: The Workplace for Finances Accountability cut its forecast.
Workplace for Price range Accountability -> Office for Budget Responsibility ; ex: The Workplace for Price range Accountability cut its forecast.
Division for Enterprise -> Department for Business ; case ; ex: The Division for Enterprise backed the deal.
Division for Setting -> Department for Environment ; case ; ex: The Division for Setting issued the warning.
Division for Atmosphere -> Department for Environment ; case ; ex: The Division for Atmosphere issued the warning.
Division for Tradition -> Department for Culture ; case ; ex: The Division for Tradition backed the museum.
choose committee -> select committee ; prev: the a commons parliamentary treasury defence health home justice foreign ; ex: He told the Commons choose committee he was sorry.
choose committees -> select committees ; ex: Two choose committees will hear evidence.
foyer group -> lobby group ; ex: The industry foyer group opposed the ban.
foyer teams -> lobby groups ; ex: Industry foyer teams opposed the ban.
foyer -> lobby ; prev: gun israel industry farming oil tobacco pro-israel ; ex: The gun foyer spent millions.
strain teams -> pressure groups ; ex: Strain teams campaigned for reform.
throughout the aisle -> across the aisle ; near: bill senate senators republicans democrats congress lawmakers vote votes bipartisan legislation ; ex: He worked throughout the aisle on the bill.
throughout the political spectrum -> across the political spectrum ; ex: Critics throughout the political spectrum attacked the plan.
held workplace -> held office ; next: for until . , in ; ex: She held workplace for ten years.
holds workplace -> holds office ; next: for until . , ; ex: He holds workplace until 2027.
oath of workplace -> oath of office ; ex: He took the oath of workplace.

# --- weather and disasters (wider)
Met Workplace -> Met Office ; case ; ex: The Met Workplace issued a warning.
Setting Company -> Environment Agency ; case ; ex: The Setting Company issued flood alerts.
Atmosphere Company -> Environment Agency ; case ; ex: The Atmosphere Company issued flood alerts.
robust winds -> strong winds ; ex: Robust winds brought down trees.
sturdy winds -> strong winds ; ex: Sturdy winds brought down trees.
robust gusts -> strong gusts ; ex: Robust gusts hit the coast.
sturdy gusts -> strong gusts ; ex: Sturdy gusts hit the coast.
tsunami caution -> tsunami warning ; ex: A tsunami caution was issued.
storm caution -> storm warning ; ex: A storm caution was issued.
flood caution -> flood warning ; ex: A flood caution was issued.
flood cautions -> flood warnings ; ex: Flood cautions were issued.
hurricane caution -> hurricane warning ; ex: A hurricane caution was issued.
twister caution -> tornado warning ; ex: A twister caution was issued.
tornado caution -> tornado warning ; ex: A tornado caution was issued.
climate caution -> weather warning ; ex: A climate caution was issued.
snow caution -> snow warning ; ex: A snow caution was issued.
amber caution -> amber warning ; ex: An amber caution for rain was issued.
purple warning -> red warning ; near: met weather wind winds rain snow storm amber forecasters ; ex: The Met Office issued a purple warning for wind.
crimson warning -> red warning ; near: met weather wind winds rain snow storm amber forecasters ; ex: The Met Office issued a crimson warning for wind.
forest hearth -> forest fire ; ex: A forest hearth spread overnight.
forest fireplace -> forest fire ; ex: A forest fireplace spread overnight.
bush hearth -> bush fire ; ex: A bush hearth spread overnight.
brush hearth -> brush fire ; ex: A brush hearth spread overnight.
brush fireplace -> brush fire ; ex: A brush fireplace spread overnight.
grass hearth -> grass fire ; ex: A grass hearth spread overnight.
hearth engine -> fire engine ; ex: A hearth engine was sent.
fireplace engine -> fire engine ; ex: A fireplace engine was sent.
hearth engines -> fire engines ; ex: Six hearth engines were sent.
fireplace engines -> fire engines ; ex: Six fireplace engines were sent.
hearth brigade -> fire brigade ; ex: The hearth brigade was called.
fireplace brigade -> fire brigade ; ex: The fireplace brigade was called.
hearth service -> fire service ; ex: The hearth service was called.
hearth and rescue -> fire and rescue ; ex: The hearth and rescue service was called.
fireplace and rescue -> fire and rescue ; ex: The fireplace and rescue service was called.
hearth security -> fire safety ; ex: The block failed hearth security checks.
hearth alarm -> fire alarm ; ex: A hearth alarm went off.
hearth exit -> fire exit ; ex: They left by the hearth exit.
hearth season -> fire season ; ex: The hearth season has started early.
hearth danger -> fire risk ; ex: The hearth danger is extreme.
hearth threat -> fire risk ; ex: The hearth threat is extreme.
with out energy -> without power ; ex: Thousands were left with out energy.
with out electrical energy -> without electricity ; ex: Thousands were left with out electrical energy.
with out water -> without water ; ex: Thousands were left with out water.
seek and rescue -> search and rescue ; ex: Seek and rescue teams arrived.
seek-and-rescue -> search-and-rescue ; ex: The seek-and-rescue effort ended.
rescue employees -> rescue workers ; ex: Rescue employees pulled a child from the rubble.
catastrophe zone -> disaster zone ; ex: The town is a catastrophe zone.
catastrophe space -> disaster area ; ex: The town was declared a catastrophe space.
flood partitions -> flood walls ; ex: The flood partitions held.
flood obstacles -> flood barriers ; ex: The flood obstacles held.
flood limitations -> flood barriers ; ex: The flood limitations held.
sand luggage -> sandbags ; ex: Residents filled sand luggage.
river ranges -> river levels ; ex: River ranges rose overnight.
water ranges -> water levels ; ex: Water ranges rose overnight.
reservoir ranges -> reservoir levels ; ex: Reservoir ranges fell.
icy circumstances -> icy conditions ; ex: Icy circumstances caused crashes.
chilly snap -> cold snap ; ex: A chilly snap brought snow to the north.
storm harm -> storm damage ; ex: Storm harm was worst on the coast.
flood harm -> flood damage ; ex: Flood harm ran into millions.
hearth harm -> fire damage ; ex: The hearth harm was extensive.
wind harm -> wind damage ; near: storm storms gusts tornado hurricane trees roofs ; ex: The storm caused wind harm to roofs.
hail harm -> hail damage ; ex: Hail harm hit crops.
in depth harm -> extensive damage ; !next: reduction ; ex: The storm caused in depth harm.
air high quality -> air quality ; ex: Air high quality was poor across the city.
water high quality -> water quality ; ex: Water high quality in rivers is falling.
excessive tide -> high tide ; ex: The road floods at excessive tide.
excessive tides -> high tides ; ex: Excessive tides flooded the coast.
excessive floor -> high ground ; prev: to ; ex: Residents moved to excessive floor.
larger floor -> higher ground ; prev: to ; next: . , as after before ; ex: Residents moved to larger floor.
greater floor -> higher ground ; prev: to ; next: . , as after before ; ex: Residents moved to greater floor.

# --- entertainment and culture (wider)
purple carpet -> red carpet ; near: premiere stars star actress actor actors festival gala oscars awards celebrities cannes walked ; ex: Stars walked the purple carpet at the premiere.
crimson carpet -> red carpet ; near: premiere stars star actress actor actors festival gala oscars awards celebrities cannes walked ; ex: Stars walked the crimson carpet at the premiere.
purple-carpet -> red-carpet ; ex: The purple-carpet event drew crowds.
crimson-carpet -> red-carpet ; ex: The crimson-carpet event drew crowds.
field-workplace -> box-office ; ex: The film was a field-workplace hit.
Glastonbury Competition -> Glastonbury Festival ; ex: The band headlined the Glastonbury Competition.
Oscar-successful -> Oscar-winning ; ex: The Oscar-successful actor died.
Oscar-profitable -> Oscar-winning ; ex: The Oscar-profitable actor died.
Grammy-successful -> Grammy-winning ; ex: The Grammy-successful singer toured.
Grammy-profitable -> Grammy-winning ; ex: The Grammy-profitable singer toured.
Emmy-successful -> Emmy-winning ; ex: The Emmy-successful series ended.
Emmy-profitable -> Emmy-winning ; ex: The Emmy-profitable series ended.
award-successful -> award-winning ; ex: The award-successful writer died.
award-profitable -> award-winning ; ex: The award-profitable writer died.
prize-successful -> prize-winning ; ex: The prize-successful novel sold well.
greatest actor -> best actor ; prev: won win wins ; ex: He won greatest actor at the Oscars.
greatest actress -> best actress ; prev: won win wins ; ex: She won greatest actress at the Oscars.
greatest image -> best picture ; prev: won win wins ; ex: The film won greatest image.
greatest movie -> best film ; prev: won win wins ; ex: The drama won greatest movie at the Baftas.
greatest director -> best director ; prev: won win wins ; ex: She won greatest director at the Oscars.
finest actor -> best actor ; prev: won win wins ; ex: He won finest actor at the Oscars.
finest actress -> best actress ; prev: won win wins ; ex: She won finest actress at the Oscars.
finest image -> best picture ; prev: won win wins ; ex: The film won finest image.
finest director -> best director ; prev: won win wins ; ex: She won finest director at the Oscars.
greatest unique screenplay -> best original screenplay ; ex: It won greatest unique screenplay.
finest unique screenplay -> best original screenplay ; ex: It won finest unique screenplay.
greatest authentic screenplay -> best original screenplay ; ex: It won greatest authentic screenplay.
greatest worldwide characteristic -> best international feature ; ex: It won greatest worldwide characteristic.
characteristic movie -> feature film ; ex: It is her first characteristic movie.
characteristic movies -> feature films ; ex: He has made ten characteristic movies.
characteristic film -> feature film ; ex: It is her first characteristic film.
characteristic-length -> feature-length ; ex: The characteristic-length documentary aired on Sunday.
brief movie -> short film ; ex: She directed a brief movie.
brief movies -> short films ; ex: She directed three brief movies.
starring position -> starring role ; ex: She landed a starring position.
supporting position -> supporting role ; near: actor actress film films movie oscar oscars nomination nominated award ; ex: She was nominated for her supporting position in the film.
cameo look -> cameo appearance ; ex: He made a cameo look in the film.
visitor look -> guest appearance ; ex: She made a visitor look on the show.
visitor star -> guest star ; ex: He was a visitor star on the show.
forged members -> cast members ; ex: The forged members reunited.
forged member -> cast member ; ex: A forged member left the show.
the forged -> the cast ; next: of members member includes include included reunited and . , ; near: film films movie series show play musical drama starring actors actor actress ; ex: The forged of the film includes two Oscar winners.
ensemble forged -> ensemble cast ; ex: The ensemble forged was praised.
all-star forged -> all-star cast ; ex: The film has an all-star forged.
star-studded forged -> star-studded cast ; ex: The film has a star-studded forged.
authentic forged -> original cast ; ex: The authentic forged reunited.
unique forged -> original cast ; ex: The unique forged reunited.
file label -> record label ; near: singer band album albums music signed rapper ; ex: The singer signed with a file label.
report label -> record label ; near: singer band album albums music signed rapper ; ex: The singer signed with a report label.
document deal -> record deal ; near: singer band album albums music signed rapper ; ex: The band signed a document deal.
file deal -> record deal ; near: singer band album albums music signed rapper ; ex: The band signed a file deal.
report deal -> record deal ; near: singer band album albums music signed rapper ; ex: The band signed a report deal with the music label.
movie trade -> film industry ; ex: The movie trade was hit by strikes.
high of the charts -> top of the charts ; prev: to reached topped ; ex: The song went to high of the charts.
prime of the charts -> top of the charts ; ex: The song went to prime of the charts.
high of the chart -> top of the chart ; prev: to reached topped ; ex: The song went to high of the chart.
prime of the chart -> top of the chart ; ex: The song went to prime of the chart.
high 10 -> top 10 ; next: hit hits single singles album albums . , ; near: chart charts song songs single album billboard ; ex: The single reached the high 10, a first for the band.
prime 10 -> top 10 ; next: hit hits single singles album albums . , ; near: chart charts song songs single album billboard ; ex: The single reached the prime 10, a first for the band.
quantity one single -> number one single ; ex: The song was her first quantity one single.
quantity one album -> number one album ; ex: It was his first quantity one album.
quantity one hit -> number one hit ; ex: It was his first quantity one hit.
quantity one spot -> number one spot ; ex: The song hit the quantity one spot.
world excursion -> world tour ; ex: The band announced a world excursion.
stadium excursion -> stadium tour ; ex: The band announced a stadium excursion.
farewell excursion -> farewell tour ; ex: The band announced a farewell excursion.
reunion excursion -> reunion tour ; ex: The band announced a reunion excursion.
stay efficiency -> live performance ; ex: It was her first stay efficiency in years.
reside efficiency -> live performance ; ex: It was her first reside efficiency in years.
dwell efficiency -> live performance ; ex: It was her first dwell efficiency in years.
stay music -> live music ; ex: The venue hosts stay music.
reside music -> live music ; ex: The venue hosts reside music.
dwell music -> live music ; ex: The venue hosts dwell music.
live performance corridor -> concert hall ; ex: The orchestra played in the live performance corridor.
West Finish -> West End ; case ; ex: The musical opened in the West Finish.
Broadway present -> Broadway show ; ex: The Broadway present closed.
speak present -> talk show ; ex: He hosted a speak present.
chat present -> chat show ; ex: He appeared on a chat present.
late-night present -> late-night show ; ex: He hosted a late-night present.
cookery present -> cookery show ; ex: He hosts a cookery present.
cooking present -> cooking show ; ex: He hosts a cooking present.
quiz present -> quiz show ; ex: He won on a quiz present.
TV present -> TV show ; ex: The TV present was cancelled.
cleaning soap opera -> soap opera ; ex: She starred in the cleaning soap opera.
Hollywood Stroll of Fame -> Hollywood Walk of Fame ; ex: She got a star on the Hollywood Stroll of Fame.
Stroll of Fame -> Walk of Fame ; ex: She got a star on the Stroll of Fame.
actuality collection -> reality series ; ex: The actuality collection was cancelled.
expertise present -> talent show ; ex: She won a expertise present.
expertise contest -> talent contest ; ex: She won a expertise contest.
expertise competitors -> talent competition ; ex: She won a expertise competitors.
singing competitors -> singing competition ; ex: She won a singing competitors.
Eurovision Track Contest -> Eurovision Song Contest ; ex: The UK came last in the Eurovision Track Contest.
best-promoting -> best-selling ; ex: The best-promoting author died.
artwork assortment -> art collection ; ex: He sold his artwork assortment.
road artwork -> street art ; ex: Road artwork covered the walls.
avenue artwork -> street art ; ex: Avenue artwork covered the walls.
fashionable artwork -> modern art ; ex: The museum of fashionable artwork reopened.
up to date artwork -> contemporary art ; ex: The museum of up to date artwork reopened.
trend week -> fashion week ; ex: She walked at Paris trend week.
trend designer -> fashion designer ; ex: The trend designer died.
trend home -> fashion house ; ex: The trend home hired a new director.
trend present -> fashion show ; ex: The trend present was cancelled.
catwalk present -> catwalk show ; ex: The catwalk present was cancelled.
luxurious manufacturers -> luxury brands ; ex: Luxurious manufacturers reported higher sales.
