<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s language; a change applies when chatdesk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
