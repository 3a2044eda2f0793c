<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA">
    <context>
        <name>FindingsPanel</name>
        <message numerus="yes">
            <source>%n wording hint(s)</source>
            <translation>
                <numerusform>%n wording hint</numerusform>
                <numerusform>%n wording hints</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n postmortem(s)</source>
            <translation>
                <numerusform>%n postmortem</numerusform>
                <numerusform>%n postmortems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n postmortem(s)</source>
            <translation>
                <numerusform>Imported %n postmortem</numerusform>
                <numerusform>Imported %n postmortems</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PostmortemEditor</name>
        <message numerus="yes">
            <source>%n wording hint(s)</source>
            <translation>
                <numerusform>%n wording hint</numerusform>
                <numerusform>%n wording hints</numerusform>
            </translation>
        </message>
    </context>
</TS>
