# Flow: enrolment (application, admission, duty of care). Translated from locales/nl/enrolment.ftl.
enrolment-start =
    Do you want to apply to a school for your child, or is a school not admitting your child? What is your question about?
enrolment-c-how = How do I apply to a school for my child?
enrolment-c-refused = The school refuses my child
enrolment-c-slow = The school does not decide, or it takes very long
enrolment-c-home-over-4-weeks = My child has no school and has been at home for more than 4 weeks

enrolment-how =
    This is how you apply:
    - Apply in writing to the school of your first choice, with your child's name, sex, date of birth and BSN (citizen service number).
    - Does your child need extra support? Write that down too. Then that school has the zorgplicht (duty of care).
    - The school decides within 6 weeks. The school may extend this once by 4 weeks.
    - Can the school not give the support itself? Then it must find, together with you, a school that can.
    Advice: Onderwijsconsulenten 070-312 28 87 or Ouders & Onderwijs 0800-5010.

enrolment-refused =
    Did you say in your application that your child needs extra support? Then the school may refuse your child only once another school has agreed to admit your child.
    Exception: a school that is full for everyone has no zorgplicht (duty of care).
    This is what you can do:
    - Ask the school for the decision and the reasons in writing. Do you disagree? Then lodge an objection (bezwaar) with the school board.
    - You can also go to the Geschillencommissie Passend Onderwijs (the disputes committee) within 6 weeks, for free.
    - Advice: Onderwijsconsulenten 070-312 28 87, Ouders & Onderwijs 0800-5010. In Amsterdam: OCO 020-330 63 20.

enrolment-slow =
    The school must decide within 6 weeks after your written application. The school may extend this once by 4 weeks.
    Still no decision after 10 weeks? Then your child is admitted provisionally.
    This is what you can do:
    - Keep a copy of your application, with the date.
    - Ask the school in writing when the decision will come.
    - Advice: Onderwijsconsulenten 070-312 28 87 (free).
