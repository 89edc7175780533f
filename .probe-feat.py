import re,sys,glob
pages=sys.argv[1:]
for p in pages:
  f='dist'+p+('index.html' if p.endswith('/') else '')
  s=open(f).read()
  main=s[s.find('<main'):s.find('</main>')]
  feats={k:len(re.findall(v,main)) for k,v in dict(img=r'<img',svg=r'<svg',svgimg=r'<svg[^>]*role="img"',table=r'<table',form=r'<form',fieldset=r'<fieldset',select=r'<select',input=r'<input',script=r'<script',bq=r'<blockquote',q=r'<q[ >]',guil=r'«',iframe=r'<iframe',video=r'<video|<audio',lang=r' lang=',details=r'<details',blank=r'target="_blank"',abbr=r'<abbr',figure=r'<figure',figcap=r'<figcaption',dl=r'<dl',h=r'<h[1-6]',canvas=r'<canvas').items()}
  allscript=len(re.findall(r'<script',s))
  print(p, {k:v for k,v in feats.items() if v}, 'scripts(all)=',allscript)
