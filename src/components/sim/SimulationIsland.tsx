// The React island that hosts one simulation: shows a placeholder, then loads the simulation's view on demand.
import { useEffect, useState, type ComponentType } from 'react';
import type { SimViewProps } from '../../../simulations/core/view-props';
import { views } from '../../../simulations/views';

interface Props extends SimViewProps {
  id: string;
  title: string;
  summary: string;
}

export default function SimulationIsland({ id, title, summary, ...viewProps }: Props) {
  const Heading = `h${viewProps.headingLevel ?? 3}` as 'h1' | 'h2' | 'h3';
  const [View, setView] = useState<ComponentType<SimViewProps> | null>(null);
  const [failed, setFailed] = useState(false);
  // An embed page (urlState) takes a lesson's hidden and locked names from its address, e.g. from a slide deck.
  const [fromAddress, setFromAddress] = useState<Pick<SimViewProps, 'hide' | 'lock'>>({});
  useEffect(() => {
    if (!viewProps.urlState) return;
    const query = new URLSearchParams(window.location.search);
    const names = (key: string) => query.get(key)?.split(',').filter(Boolean);
    setFromAddress({ hide: names('hide') ?? viewProps.hide, lock: names('lock') ?? viewProps.lock });
  }, [viewProps.urlState, viewProps.hide, viewProps.lock]);
  useEffect(() => {
    let live = true;
    views[id]!()
      .then((module) => live && setView(() => module.default))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [id]);
  if (View) return <View {...viewProps} {...fromAddress} />;
  return (
    <div className="sim-placeholder" role={failed ? 'alert' : undefined}>
      <Heading className="sim-placeholder-title">{title}</Heading>
      <p>{summary}</p>
      <p className="sim-placeholder-status">
        {failed ? 'The simulation could not load. Check your connection and reload the page.' : 'Loading the simulation… It runs in your browser and needs JavaScript.'}
      </p>
    </div>
  );
}
