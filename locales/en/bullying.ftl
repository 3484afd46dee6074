# Flow: bullying (bullying, feeling unsafe at school). Translated from locales/nl/bullying.ftl.
bullying-start =
    Is your child being bullied, or does your child feel unsafe at school? That is awful. What fits best?
bullying-c-bullied = My child is being bullied
bullying-c-serious = It is about violence, sexual abuse, discrimination or very serious bullying
bullying-c-no-action = I reported it, but the school does nothing
bullying-c-afraid = Because of it, my child is afraid to go to school, or stays at home

bullying-bullied =
    Every school must make sure the school is safe (the Wet veiligheid op school, the school safety act). So every school has:
    - a policy for safety and against bullying;
    - one person who coordinates the approach to bullying. That person is also your contact point;
    - a yearly check of how safe pupils feel.
    This is what you can do: discuss the bullying with the teacher or mentor. Does that not help? Ask for the anti-bullying coordinator and make agreements together. Write down what happens and when.
    You can also talk to the school's vertrouwenspersoon (confidential counsellor). Your child can talk to De Kindertelefoon (the children's helpline, kindertelefoon.nl) themselves.

# Also used in the flow complaint.
bullying-serious =
    For violence, sexual abuse, discrimination or serious bullying you can call the vertrouwensinspecteur (confidential inspector of the Inspectie): 0900-111 3 111 (working days 8–17, local rate). They advise you on what you can do.
    - At school you can go to the vertrouwenspersoon (confidential counsellor).
    - Is it about discrimination? Choose 'A complaint about a teacher or the school, or discrimination' in the menu.
    - Has a crime happened, such as assault or threats? Go to the police.
    - Is there immediate danger? Call 112.

bullying-no-action =
    Does the school do nothing with your report? That is frustrating. This is what you can do:
    - Talk to the school's vertrouwenspersoon (confidential counsellor).
    - File a complaint under the school's complaints procedure. Ask the school for it, or look in the schoolgids (school guide). Many schools are members of a national complaints committee; the schoolgids says which one.
    - For serious bullying, violence or discrimination: call the vertrouwensinspecteur (confidential inspector), 0900-111 3 111 (working days 8–17, local rate).
    - Have you complained to the school itself first? Then you can also go to the Kinderombudsman (Children's Ombudsman) within 1 year: 0800-876 54 32.

bullying-afraid =
    Is your child afraid to go to school because of the bullying? That is very hard, for your child and for you.
    - The school must make sure the school is safe, and stays responsible for the education. Ask for a plan: how will it become safe for your child again, and what education does your child get until then?
    - Do you keep your child at home without an agreement with the school? Then that counts as unauthorised absence. So make agreements with the school and the school attendance officer, and put them in writing, for example in an e-mail. Attendance officer: { $leerplicht }
    - Do you want to switch schools? Apply to that school in writing (choose 'Enrolment' in the menu). Until your child is enrolled there, the current school stays responsible.
    - Is your child anxious or low? Choose 'Anxiety, low mood' in the menu. Your child can also talk to De Kindertelefoon (the children's helpline, kindertelefoon.nl) themselves.
    - Advice: { $oco }
