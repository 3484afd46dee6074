# Flow: bullying (bullying, feeling unsafe at school). Translated from locales/nl/bullying.ftl.
bullying-start =
    Is your child being bullied, or does your child feel unsafe at school? What fits best?
bullying-c-bullied = My child is being bullied
bullying-c-serious = It is about violence, sexual abuse, discrimination or very serious bullying
bullying-c-no-action = I reported it, but the school does nothing
bullying-c-afraid = Because of it, my child is afraid to go to school

bullying-bullied =
    Every school must make sure the school is safe (the Wet veiligheid op school, the school safety act). So every school has:
    - a policy for safety and against bullying;
    - one person who coordinates the approach to bullying. That person is also your contact point;
    - a yearly check of how safe pupils feel.
    This is what you can do: discuss the bullying with the teacher or mentor. Does that not help? Ask for the anti-bullying coordinator and make agreements together. Write down what happens and when.
    You can also talk to the school's vertrouwenspersoon (confidential counsellor).

bullying-serious =
    For violence, sexual abuse, discrimination or serious bullying you can call the vertrouwensinspecteur (confidential inspector of the Inspectie): 0900-111 3 111. They advise you on what you can do.
    - At school you can go to the vertrouwenspersoon (confidential counsellor).
    - Has a crime happened, such as assault or threats? Go to the police.
    - Is there immediate danger? Call 112.

bullying-no-action =
    Does the school do nothing with your report? This is what you can do:
    - Talk to the school's vertrouwenspersoon (confidential counsellor).
    - File a complaint under the school's complaints procedure. Ask the school for that procedure.
    - For serious bullying, violence or discrimination: call the vertrouwensinspecteur (confidential inspector), 0900-111 3 111.
    - Have you complained to the school itself first? Then you can also go to the Kinderombudsman (Children's Ombudsman) within 1 year: 0800-876 54 32.
